package org.gdplayground.ui.derivative;

import java.util.Locale;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;

/**
 * The rectangle of seed 004, as SVG markup: the loss drawn as the area of a grey block whose base is w; nudging w by
 * δw adds a strip of width δw (red) and height ∂L/∂w (green) at its right edge, so the loss changes by the strip's area
 * (∂L/∂w)·δw. The strip's sides are signed: a negative δw cuts into the block, a negative slope hangs below the base,
 * and the area is green when the loss grows and orange when it shrinks. The strip is drawn with height/width = |∂L/∂w|
 * (its width grows with |δw|); when that would not fit, it is clamped and the picture says it is not to scale.
 */
final class RectanglePicture {

    static final int W = 400;
    static final int H = 230;
    private static final double BASE_Y = 120;
    private static final double BLOCK_X0 = 20;
    private static final double BLOCK_X1 = 190;
    private static final double BLOCK_H = 80;
    private static final double MAX_STRIP = 80;
    private static final String RED = "#d62728";
    private static final String GREEN = "#2ca02c";

    private RectanglePicture() {
    }

    static String svg(Nudge n, String p, StatusText.Translator t) {
        double width = stripWidth(Math.abs(n.dw()));
        double wanted = width * Math.abs(n.slope());
        double height = Math.min(MAX_STRIP, wanted);
        boolean toScale = wanted <= MAX_STRIP && (wanted >= 2 || n.slope() == 0);
        height = Math.max(height, n.slope() == 0 ? 0 : 2);
        double x0 = n.dw() > 0 ? BLOCK_X1 : BLOCK_X1 - width;
        double x1 = n.dw() > 0 ? BLOCK_X1 + width : BLOCK_X1;
        double edge = n.dw() > 0 ? x1 : x0;
        double top = n.slope() >= 0 ? BASE_Y - height : BASE_Y;
        boolean grows = n.estimate() > 0;
        StringBuilder sb = new StringBuilder(1600);
        sb.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(W).append(' ').append(H)
                .append("' width='100%' font-family='sans-serif' font-size='12'>");
        rect(sb, BLOCK_X0, BASE_Y - BLOCK_H, BLOCK_X1 - BLOCK_X0, BLOCK_H, "#e6e6e6", "#999999", "");
        text(sb, (BLOCK_X0 + BLOCK_X1) / 2, BASE_Y - BLOCK_H / 2 + 4, "middle", "#333333",
                "L(" + p + ") = " + Formats.num(n.loss()));
        text(sb, (BLOCK_X0 + BLOCK_X1) / 2, BASE_Y + 18, "middle", "#333333", p + " = " + Formats.num(n.w()));
        rect(sb, x0, top, x1 - x0, height, grows ? "#a1d99b" : "#fdae6b", grows ? GREEN : "#e6550d",
                grows ? "" : " stroke-dasharray='4 3'");
        line(sb, x0, BASE_Y, x1, BASE_Y, RED);
        line(sb, edge, BASE_Y, edge, n.slope() >= 0 ? BASE_Y - height : BASE_Y + height, GREEN);
        double lx = 262;
        text(sb, lx, 40, "start", RED, "δ" + p + " = " + signed(n.dw()));
        text(sb, lx, 60, "start", GREEN, "∂L/∂" + p + " = " + Formats.num(n.slope()));
        text(sb, lx, 84, "start", "#333333", t.tr("derivative.area", p));
        text(sb, lx, 100, "start", "#333333", "≈ " + signed(n.estimate()));
        text(sb, lx, 124, "start", "#333333", t.tr("derivative.true"));
        text(sb, lx, 140, "start", "#333333", "= " + signed(n.actual()));
        text(sb, lx, 164, "start", grows ? GREEN : "#e6550d", t.tr(grows ? "derivative.grows"
                : n.estimate() < 0 ? "derivative.shrinks" : "derivative.same"));
        if (!toScale) {
            text(sb, BLOCK_X0, H - 8, "start", "#666666", t.tr("derivative.notToScale"));
        }
        return sb.append("</svg>").toString();
    }

    /** The strip's width in pixels: wider for a bigger nudge (0.01 → 16, 0.1 → 40, 0.5 → 64). */
    static double stripWidth(double dw) {
        return Math.max(12, Math.min(64, 40 + 24 * Math.log10(dw / 0.1) * (dw >= 0.1 ? 1.43 : 1)));
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Formats.num(v);
    }

    private static void rect(StringBuilder sb, double x, double y, double w, double h, String fill, String stroke,
            String extra) {
        sb.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s' "
                + "stroke='%s'%s/>", x, y, w, h, fill, stroke, extra));
    }

    private static void line(StringBuilder sb, double x0, double y0, double x1, double y1, String color) {
        sb.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='%s' "
                + "stroke-width='3' stroke-linecap='round'/>", x0, y0, x1, y1, color));
    }

    private static void text(StringBuilder sb, double x, double y, String anchor, String color, String s) {
        sb.append(String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' text-anchor='%s' fill='%s'>", x, y, anchor,
                color)).append(escape(s)).append("</text>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}

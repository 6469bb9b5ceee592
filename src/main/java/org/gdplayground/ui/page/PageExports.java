package org.gdplayground.ui.page;

import org.gdplayground.engine.function.DataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepCsv;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.Thinning;
import org.gdplayground.ui.chart.ChartExports;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.chart.ContourImage;
import org.gdplayground.ui.chart.LossChartSvg;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.PlotRenderer;
import org.jspecify.annotations.Nullable;

/**
 * A run page's downloads ({@code .gdp-exports}): the steps as CSV, the contour with the path, the 1-parameter curve,
 * the data with the fit, the loss as PNG and SVG. Each file is made when it is asked for, from the records on screen.
 */
public class PageExports extends Div {

    /** What the files are made of, read when one is downloaded. */
    public interface Source {
        List<StepRecord> records();

        @Nullable
        Objective objective();

        /** The run's label in the loss chart's legend. */
        String label();

        /** Whether the steps were mini-batches (the CSV then has their columns). */
        boolean batches();
    }

    public final Anchor csv = anchor("export-csv");
    public final Anchor contour = anchor("export-contour");
    public final Anchor lossPng = anchor("export-loss-png");
    public final Anchor lossSvg = anchor("export-loss-svg");
    public final Anchor curve = anchor("export-curve");
    public final Anchor data = anchor("export-data");
    private final Source source;
    private final ContourCache contours;
    private Function<String, String> tr = k -> k;

    public PageExports(Source source, ContourCache contours, BooleanSupplier logScale) {
        this.source = source;
        this.contours = contours;
        addClassName("gdp-exports");
        csv.setHref(DownloadHandler.fromInputStream(e -> bytes(StepCsv.write(source.records(), source.batches())
                .getBytes(StandardCharsets.UTF_8), "steps.csv", "text/csv")));
        contour.setHref(DownloadHandler.fromInputStream(e -> bytes(contourPng(), "contour.png", "image/png")));
        lossPng.setHref(DownloadHandler.fromInputStream(e -> bytes(ChartExports.lossPng(lossSeries(),
                logScale.getAsBoolean(), 900, 500, "k", "loss"), "loss.png", "image/png")));
        lossSvg.setHref(DownloadHandler.fromInputStream(e -> bytes(ChartExports.lossSvg(lossSeries(),
                logScale.getAsBoolean(), 900, 500, "k", "loss").getBytes(StandardCharsets.UTF_8), "loss.svg",
                "image/svg+xml")));
        curve.setHref(DownloadHandler.fromInputStream(e -> bytes(curvePng(), "curve.png", "image/png")));
        data.setHref(DownloadHandler.fromInputStream(e -> bytes(dataPng(), "data.png", "image/png")));
        add(csv, contour, curve, data, lossPng, lossSvg);
    }

    private static Anchor anchor(String id) {
        Anchor a = new Anchor();
        a.setId(id);
        a.addClassName("gdp-export");
        return a;
    }

    /** Shows the files that exist for {@code o}: the contour for two parameters, the curve for one, data for data. */
    public void configure(Objective o) {
        contour.setVisible(o.dimension() == 2);
        curve.setVisible(o.dimension() == 1);
        data.setVisible(o.data().isPresent());
    }

    public void localize(Function<String, String> tr) {
        this.tr = tr;
        csv.setText(tr.apply("pg.export.csv"));
        contour.setText(tr.apply("pg.export.contour"));
        lossPng.setText(tr.apply("pg.export.lossPng"));
        lossSvg.setText(tr.apply("pg.export.lossSvg"));
        curve.setText(tr.apply("pg.export.curve"));
        data.setText(tr.apply("pg.export.data"));
    }

    private List<LossChartSvg.Series> lossSeries() {
        List<StepRecord> r = source.records();
        double[] ks = new double[r.size()];
        double[] ls = new double[r.size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = r.get(i).k();
            ls[i] = r.get(i).loss();
        }
        return List.of(new LossChartSvg.Series(source.label(), PlotRenderer.SINGLE, ks, ls));
    }

    private byte[] contourPng() {
        Objective o = source.objective();
        if (o == null || o.dimension() != 2) {
            return new byte[0];
        }
        Axes a = Axes.of(o);
        ContourImage bg = contours.get(o, o.bounds(), Axes.CONTOUR_WIDTH, Axes.CONTOUR_HEIGHT, a.x(), a.y());
        List<StepRecord> r = source.records();
        double[] xs = new double[r.size()];
        double[] ys = new double[r.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = r.get(i).theta(0);
            ys[i] = r.get(i).theta(1);
        }
        return ChartExports.contourPng(bg, List.<double[][]>of(new double[][] {xs, ys}),
                List.of(PlotRenderer.SINGLE), o.minima());
    }

    /** The 1-parameter loss curve with the visited points, as PNG. */
    public byte[] curvePng() {
        Objective o = source.objective();
        if (o == null || o.dimension() != 1) {
            return new byte[0];
        }
        var b = o.bounds();
        int n = 241;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = b.xMin() + (b.xMax() - b.xMin()) * i / (n - 1);
            ys[i] = o.value(new double[] {xs[i]});
        }
        List<StepRecord> r = Thinning.evenly(source.records(), PlotRenderer.MAX_PATH_POINTS);
        double[] px = new double[r.size()];
        double[] py = new double[r.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.get(i).theta(0);
            py[i] = r.get(i).loss();
        }
        return ChartExports.xyPng(List.of(new LossChartSvg.Series("f", "#333333", xs, ys)),
                List.of(new LossChartSvg.Series(tr.apply("pg.table"), PlotRenderer.SINGLE, px, py)), 900, 600,
                Axes.of(o).x(), tr.apply("table.loss"));
    }

    /** The data with the current and the least-squares fit (one feature), or prediction against truth, as PNG. */
    public byte[] dataPng() {
        DataView rp = source.objective().data().orElse(null);
        if (rp == null) {
            return new byte[0];
        }
        List<StepRecord> r = source.records();
        double[] theta = r.isEmpty() ? rp.defaultStart() : r.get(r.size() - 1).theta();
        double[] ls = rp.leastSquaresOptimum();
        int rows = rp.rows();
        double[] dx = new double[rows];
        double[] dy = new double[rows];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean one = rp.features() == 1;
        for (int i = 0; i < rows; i++) {
            dx[i] = one ? rp.x(i)[0] : rp.y(i);
            dy[i] = one ? rp.y(i) : rp.predict(theta, i);
            lo = Math.min(lo, dx[i]);
            hi = Math.max(hi, dx[i]);
        }
        double from = one ? 0 : lo;
        double to = one ? hi + 1 : hi;
        double[] ends = {from, to};
        List<LossChartSvg.Series> lines = one
                ? List.of(new LossChartSvg.Series(tr.apply("pg.export.lsLine"), "#888888", ends,
                        new double[] {fit(ls, from), fit(ls, to)}),
                        new LossChartSvg.Series(tr.apply("pg.export.fitLine"), PlotRenderer.SINGLE, ends,
                                new double[] {fit(theta, from), fit(theta, to)}))
                : List.of(new LossChartSvg.Series("y = x", "#888888", ends, ends));
        return ChartExports.xyPng(lines, List.of(new LossChartSvg.Series(tr.apply("pg.data"), "#0072b2", dx, dy)),
                900, 600, tr.apply(one ? "pg.data.x" : "pg.data.truth"), tr.apply(one ? "pg.data.y" : "pg.data.pred"));
    }

    private static double fit(double[] theta, double x) {
        return theta[0] * x + (theta.length > 1 ? theta[1] : 0);
    }

    private static DownloadResponse bytes(byte[] data, String name, String type) {
        return new DownloadResponse(new ByteArrayInputStream(data), name, type, data.length);
    }
}

package org.gdplayground.ui.common;

import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.optimizer.NamedVector;
import org.gdplayground.engine.run.StepRecord;

/**
 * Step records as CSV: a header row, then one row per record with the columns flattened
 * ({@code k, epoch, theta_0, …, loss, batchLoss, grad_0, …, update_0, …, lr, m_0, …}). Numbers in full precision
 * ({@link Double#toString}); non-finite values as Infinity, -Infinity, NaN.
 */
public final class StepCsv {

    private StepCsv() {
    }

    public static String of(List<StepRecord> records) {
        StringBuilder sb = new StringBuilder();
        if (records.isEmpty()) {
            return "k\n";
        }
        StepRecord first = records.get(0);
        int d = first.dimension();
        sb.append("k,epoch");
        vector(sb, "theta", d);
        sb.append(",loss,batchLoss");
        vector(sb, "grad", d);
        vector(sb, "update", d);
        sb.append(",lr");
        for (NamedVector v : first.state()) {
            vector(sb, v.name(), v.size());
        }
        sb.append('\n');
        for (StepRecord r : records) {
            sb.append(r.k()).append(',').append(r.epoch());
            for (int i = 0; i < d; i++) {
                sb.append(',').append(num(r.theta(i)));
            }
            sb.append(',').append(num(r.loss())).append(',').append(num(r.batchLoss()));
            for (int i = 0; i < d; i++) {
                sb.append(',').append(num(r.grad(i)));
            }
            for (int i = 0; i < d; i++) {
                sb.append(',').append(num(r.update(i)));
            }
            sb.append(',').append(num(r.lr()));
            for (NamedVector v : r.state()) {
                for (int i = 0; i < v.size(); i++) {
                    sb.append(',').append(num(v.get(i)));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void vector(StringBuilder sb, String name, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(',').append(name).append('_').append(i);
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "NaN" : Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity")
                : String.format(Locale.ROOT, "%s", v);
    }
}

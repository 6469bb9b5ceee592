package org.gdplayground.engine.run;

import java.util.List;
import org.gdplayground.engine.optimizer.NamedVector;

/**
 * A trajectory as CSV: a header row, then one row per record with the JSON answer's columns flattened —
 * {@code k, epoch, theta_0 … theta_{d−1}, loss, batchLoss, grad_0 …, update_0 …, lr}, then the optimizer's state as
 * {@code <name>_<i>} (e.g. {@code m_0, m_1, v_0, v_1}). Numbers are Java's shortest exact decimal ({@code 0.1},
 * {@code 1.0E-4}); non-finite ones {@code NaN}, {@code Infinity}, {@code -Infinity}; an empty batchLoss means there is
 * none (full batches, k = 0). Lines end with CRLF (RFC 4180).
 */
public final class StepCsv {

    private static final String EOL = "\r\n";

    private StepCsv() {
    }

    /**
     * @param miniBatch whether the run used mini-batches (else the batchLoss column stays empty)
     */
    public static String write(List<StepRecord> records, boolean miniBatch) {
        StringBuilder b = new StringBuilder(64 + records.size() * 160);
        StepRecord first = records.getFirst();
        int d = first.dimension();
        b.append("k,epoch");
        columns(b, "theta", d);
        b.append(",loss,batchLoss");
        columns(b, "grad", d);
        columns(b, "update", d);
        b.append(",lr");
        for (NamedVector v : first.state()) {
            columns(b, v.name(), v.size());
        }
        b.append(EOL);
        for (StepRecord r : records) {
            b.append(r.k()).append(',').append(r.epoch());
            for (int i = 0; i < d; i++) {
                b.append(',').append(r.theta(i));
            }
            b.append(',').append(r.loss()).append(',');
            if (miniBatch && r.k() > 0) {
                b.append(r.batchLoss());
            }
            for (int i = 0; i < d; i++) {
                b.append(',').append(r.grad(i));
            }
            for (int i = 0; i < d; i++) {
                b.append(',').append(r.update(i));
            }
            b.append(',').append(r.lr());
            for (NamedVector v : r.state()) {
                for (int i = 0; i < v.size(); i++) {
                    b.append(',').append(v.get(i));
                }
            }
            b.append(EOL);
        }
        return b.toString();
    }

    private static void columns(StringBuilder b, String name, int n) {
        for (int i = 0; i < n; i++) {
            b.append(',').append(name).append('_').append(i);
        }
    }
}

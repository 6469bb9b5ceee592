package org.gdplayground.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.function.Objective;

/**
 * The gradient check at a point θ (seed 002, CS231n): the exact gradient beside the central difference
 * (f(θ + h·eᵢ) − f(θ − h·eᵢ)) / 2h and the forward difference (f(θ + h·eᵢ) − f(θ)) / h, each component perturbed in
 * turn as the seed's {@code numerical_gradient} does. An error is the largest absolute difference to the exact
 * gradient over the components. The sweep repeats both errors for h = 10⁻¹ … 10⁻¹²: truncation error shrinks with h
 * (as h² for central, h for forward) until rounding error, about ε·|f| / h, takes over — h too small is worse.
 *
 * <p>For a data problem the function is the full-batch loss and θ its parameters.
 *
 * @param at           the point θ (a copy)
 * @param h            the step of the two differences shown
 * @param analytic     ∇f(θ), exact (hand-derived or automatic differentiation)
 * @param central      the central difference with step h
 * @param forward      the forward difference with step h
 * @param centralError max over i of |central − analytic|
 * @param forwardError max over i of |forward − analytic|
 * @param sweep        both errors for every h in {@link #SWEEP_H}, largest h first
 */
public record GradientCheck(double[] at, double h, double[] analytic, double[] central, double[] forward,
        double centralError, double forwardError, List<SweepPoint> sweep) {

    /** The seeds' step. */
    public static final double DEFAULT_H = 1e-4;

    /** The sweep's steps: 10⁻¹, 10⁻², …, 10⁻¹². */
    public static final List<Double> SWEEP_H = sweepSteps();

    /** Errors of both differences for one step h. */
    public record SweepPoint(double h, double centralError, double forwardError) {
    }

    public GradientCheck {
        at = at.clone();
        analytic = analytic.clone();
        central = central.clone();
        forward = forward.clone();
        sweep = List.copyOf(sweep);
    }

    /**
     * Checks the gradient of {@code f} at {@code at} with step {@code h}.
     *
     * @throws IllegalArgumentException when θ has the wrong length or a non-finite entry, or h is not in (0, 1]
     */
    public static GradientCheck of(Objective f, double[] at, double h) {
        return check(f, at, h, true);
    }

    /** {@link #of} without the sweep (an empty list): 3·n evaluations instead of 27·n, for a table row. */
    public static GradientCheck withoutSweep(Objective f, double[] at, double h) {
        return check(f, at, h, false);
    }

    private static GradientCheck check(Objective f, double[] at, double h, boolean withSweep) {
        requirePoint(f, at);
        if (!(h > 0) || h > 1) {
            throw new IllegalArgumentException("h must be in (0, 1], got " + h);
        }
        int n = f.dimension();
        double[] analytic = new double[n];
        f.gradient(at.clone(), analytic);
        double[] central = new double[n];
        double[] forward = new double[n];
        differences(f, at, h, central, forward);
        List<SweepPoint> sweep = new ArrayList<>(SWEEP_H.size());
        double[] c = new double[n];
        double[] fw = new double[n];
        for (double s : withSweep ? SWEEP_H : List.<Double>of()) {
            differences(f, at, s, c, fw);
            sweep.add(new SweepPoint(s, maxAbsDiff(c, analytic), maxAbsDiff(fw, analytic)));
        }
        return new GradientCheck(at, h, analytic, central, forward, maxAbsDiff(central, analytic),
                maxAbsDiff(forward, analytic), sweep);
    }

    /** Central and forward differences of f at θ with step h, into the two arrays. */
    static void differences(Objective f, double[] at, double h, double[] central, double[] forward) {
        double[] x = at.clone();
        double fx = f.value(x);
        for (int i = 0; i < x.length; i++) {
            double tmp = x[i];
            x[i] = tmp + h;
            double plus = f.value(x);
            x[i] = tmp - h;
            double minus = f.value(x);
            x[i] = tmp;
            central[i] = (plus - minus) / (2 * h);
            forward[i] = (plus - fx) / h;
        }
    }

    /** max over i of |a[i] − b[i]|; NaN when any difference is not finite. */
    static double maxAbsDiff(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            max = Math.max(max, d);
        }
        return max;
    }

    static void requirePoint(Objective f, double[] at) {
        if (at.length != f.dimension()) {
            throw new IllegalArgumentException("the point must have " + f.dimension() + " values, got " + at.length);
        }
        for (double v : at) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the point must be finite, got " + v);
            }
        }
    }

    private static List<Double> sweepSteps() {
        List<Double> steps = new ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            steps.add(Double.parseDouble("1e-" + k));
        }
        return List.copyOf(steps);
    }
}

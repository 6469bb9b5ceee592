package org.gdplayground.engine.simplenet;

import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Probe;
import org.gdplayground.engine.optimizer.Stepper;
import org.jspecify.annotations.Nullable;

/**
 * Trains simpleNet's W by gradient descent with any of the app's optimizers: each {@link #step()} computes
 * dW = xᵀ(y − t) at the current W (the analytic gradient the page shows) and hands it to the optimizer's
 * allocation-free {@link Stepper} with a constant learning rate. Rules that evaluate the objective themselves (L-BFGS
 * with a line search, Newton) get a {@link Probe} of the same loss and gradient. (The loss keeps the seed's 1e-7
 * inside the log while xᵀ(y − t) is the gradient without it; the two differ by about 1e-7/y_c, far below anything a
 * line search resolves unless the label's probability y_c is tiny.)
 *
 * <p>Mutable, one per training run, confined to one thread. {@link #step()} allocates nothing.
 */
public final class Trainer {

    /** Why training stopped, or {@code NONE} while it can go on. */
    public enum Stop { NONE, NOT_FINITE, SINGULAR_HESSIAN }

    private final SimpleNet net;
    private final Optimizer optimizer;
    private final Stepper stepper;
    private final double[] w;
    private final double[] grad = new double[SimpleNet.SIZE];
    private final double[] update = new double[SimpleNet.SIZE];
    private int steps;
    private double loss;
    private Stop stop = Stop.NONE;

    /**
     * @param net       x and t
     * @param w         the starting W (6 values, row-major; copied)
     * @param optimizer the optimizer with its hyper-parameters; its {@code lr} is the constant learning rate
     */
    public Trainer(SimpleNet net, double[] w, Optimizer optimizer) {
        if (w.length != SimpleNet.SIZE) {
            throw new IllegalArgumentException("W must have " + SimpleNet.SIZE + " entries, got " + w.length);
        }
        for (double v : w) {
            if (!Double.isFinite(v)) {
                throw new InvalidParameterException("w", v, "(-∞, ∞)");
            }
        }
        this.net = net;
        this.optimizer = optimizer;
        this.w = w.clone();
        this.stepper = optimizer.newStepper(SimpleNet.SIZE);
        if (stepper.needsProbe()) {
            stepper.attach(Probe.of(net::loss, net::analyticGradient, net::hessian));
        }
        this.loss = net.loss(this.w);
    }

    /** One optimizer step; false (and nothing changes) once training has stopped. Allocates nothing. */
    public boolean step() {
        if (stop != Stop.NONE) {
            return false;
        }
        net.analyticGradient(w, grad);
        stepper.step(w, grad, optimizer.lr(), steps + 1, update);
        steps++;
        @Nullable Double singular = stepper.singularHessian();
        if (singular != null) {
            stop = Stop.SINGULAR_HESSIAN;
            return false;
        }
        for (double v : w) {
            if (!Double.isFinite(v)) {
                stop = Stop.NOT_FINITE;
                return false;
            }
        }
        loss = net.loss(w);
        if (!Double.isFinite(loss)) {
            stop = Stop.NOT_FINITE;
            return false;
        }
        return true;
    }

    /** Steps taken so far. */
    public int steps() {
        return steps;
    }

    /** The loss at the current W. */
    public double loss() {
        return loss;
    }

    /** Why training stopped; {@link Stop#NONE} while it goes on. */
    public Stop stop() {
        return stop;
    }

    /** A copy of the current W (row-major). */
    public double[] w() {
        return w.clone();
    }

    public SimpleNet net() {
        return net;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** z, y, loss and both dW at the current W (allocates: for display). */
    public Evaluation evaluate() {
        return net.evaluate(w);
    }
}

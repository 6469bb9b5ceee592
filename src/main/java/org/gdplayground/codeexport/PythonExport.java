package org.gdplayground.codeexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.CustomSurface;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Batching;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioSpec;
import org.jspecify.annotations.Nullable;

/**
 * "Take the code home": one run of the playground as a short, runnable Python script — the surface or the data, the
 * start, the optimizer with its hyper-parameters, the learning-rate schedule, the stop rules and the steps — whose last
 * line of output is {@code {"theta": [...], "loss": x}} after the last step, so a learner can check the app against
 * the library they will use.
 *
 * <ul>
 *   <li>{@link Lang#PYTORCH}: the loss written with torch operations, gradients by autograd, the optimizer from
 *       {@code torch.optim} with the same hyper-parameters ({@code StepLR}, {@code ExponentialLR},
 *       {@code CosineAnnealingLR} where they give exactly the app's schedule, else the lr set by hand before every
 *       step); Lion and Newton's method are not in torch and are written out.</li>
 *   <li>{@link Lang#NUMPY}: the loss and its gradient written out (a typed expression is differentiated
 *       symbolically), and the optimizer's update rule as plain NumPy lines — the rules of the app's engine, which
 *       are the ones PyTorch documents. L-BFGS is exported for PyTorch only ({@link NotExportable}).</li>
 * </ul>
 *
 * <p>What the app draws at random is written in as numbers: a random start, and the row order of shuffled
 * mini-batches (the app's seeded {@code L64X128MixRandom} generator, which NumPy and torch do not have), up to
 * {@link #MAX_ORDER_NUMBERS} row indices; beyond that the script says so and shuffles with its own generator, and
 * then its numbers are not the app's.
 */
public final class PythonExport {

    /** The target library. */
    public enum Lang {
        NUMPY("numpy"), PYTORCH("pytorch");

        private final String key;

        Lang(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /**
         * The script's file name, the same everywhere: its own header ("… run it: python3 gd_run_pytorch.py"), the
         * Code dialog's note and {@code GET /api/v1/code}'s Content-Disposition.
         */
        public String fileName() {
            return "gd_run_" + key + ".py";
        }

        /** The language for a key, or null. */
        public static @Nullable Lang of(String key) {
            for (Lang l : values()) {
                if (l.key.equals(key)) {
                    return l;
                }
            }
            return null;
        }
    }

    /** A run this exporter cannot write in the chosen language ({@code what}: a short key, e.g. {@code lbfgs}). */
    public static final class NotExportable extends RuntimeException {
        private final String what;

        NotExportable(String what, String message) {
            super(message);
            this.what = what;
        }

        public String what() {
            return what;
        }
    }

    /** Most row indices written into a script for shuffled mini-batches. */
    public static final int MAX_ORDER_NUMBERS = 20_000;

    private final ScenarioSpec spec;
    private final RunSpec run;
    private final Scenario scenario;
    private final Objective objective;
    private final boolean torch;
    private final String m;
    private final boolean data;
    private final boolean analytic;
    private final StringBuilder out = new StringBuilder();

    private PythonExport(ScenarioSpec spec, int runIndex, Scenario scenario, Lang lang) {
        this.spec = spec;
        this.run = spec.runs().get(runIndex);
        this.scenario = scenario;
        this.objective = scenario.objective();
        this.torch = lang == Lang.PYTORCH;
        this.m = torch ? "torch" : "np";
        this.data = objective.data().isPresent();
        this.analytic = spec.grad().equals("analytic");
    }

    /**
     * The script of run {@code runIndex} of {@code spec} ({@code scenario} is the engine scenario of that run).
     *
     * @param link     the app link of this run, quoted in the script's header
     * @param appFinal the app's last step record of this run, quoted in the header (null: not quoted)
     * @throws NotExportable when the run cannot be written in {@code lang}
     */
    public static String script(ScenarioSpec spec, int runIndex, Scenario scenario, Lang lang, String link,
            @Nullable StepRecord appFinal) {
        PythonExport e = new PythonExport(spec, runIndex, scenario, lang);
        if (!e.torch && e.run.opt().equals("lbfgs")) {
            throw new NotExportable("lbfgs", "L-BFGS is exported for PyTorch only (torch.optim.LBFGS)");
        }
        return e.write(link, appFinal);
    }

    private String write(String link, @Nullable StepRecord appFinal) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(scenario.seed());
        double[] theta0 = scenario.init().start(objective, rng);
        header(link, appFinal);
        line("import json");
        line("import math");
        line("");
        if (torch) {
            line("import torch");
            line("");
            line("torch.set_default_dtype(torch.float64)  # every number in float64, as in the app");
        } else {
            line("import numpy as np");
            line("");
            line("np.seterr(all=\"ignore\")  # overflow gives inf and 0/0 nan, as in the app: a diverging run is a lesson");
        }
        line("");
        objective();
        gradient();
        if (run.opt().equals("newton")) {
            hessian();
        }
        schedule();
        miniBatches(rng);
        start(theta0);
        loop();
        return out.toString();
    }

    // ---------------------------------------------------------------- header

    private void header(String link, @Nullable StepRecord appFinal) {
        line("\"\"\"Gradient Descent Playground (경사 하강법 놀이터): one run as a " + (torch ? "PyTorch" : "NumPy")
                + " script.");
        line("");
        line("App link: " + link);
        line("Loss: " + objective.formula() + "    Optimizer: " + run.opt() + "    Steps: " + spec.steps());
        line("Save it as " + file() + " and run it: python3 " + file() + (torch
                ? "   (needs PyTorch: pip install torch, or Debian's python3-torch)"
                : "   (needs NumPy: pip install numpy)"));
        line("The last line printed is {\"theta\": [...], \"loss\": ...} after the last step.");
        if (appFinal != null) {
            line("The app's answer after step " + appFinal.k() + ": theta " + list(appFinal.theta()) + ", loss "
                    + PythonExpr.literal(appFinal.loss()));
        }
        line("\"\"\"");
    }

    private String file() {
        return (torch ? Lang.PYTORCH : Lang.NUMPY).fileName();
    }

    // ---------------------------------------------------------------- loss and gradient

    private void objective() {
        DataView dv = objective.data().orElse(null);
        if (dv != null) {
            data(dv);
            return;
        }
        if (objective instanceof CustomSurface cs) {
            line("# The surface you typed: f(x, y) = " + cs.expression());
            line("def loss_fn(theta):");
            unpack();
            line("    return " + new PythonExpr(m).value(cs.tree()));
            line("");
            line("");
            return;
        }
        line("# The surface: f = " + objective.formula());
        line("def loss_fn(theta):");
        unpack();
        for (String l : Surfaces.value(objective.id(), m)) {
            line("    " + l);
        }
        line("");
        line("");
    }

    private void unpack() {
        line(objective.dimension() == 1 ? "    x = theta[0]" : "    x, y = theta");
    }

    private void data(DataView rp) {
        line("# The data: one row per example, the target y last; prediction = X·w" + (rp.intercept() ? " + b" : "")
                + ", loss = mean of (prediction − y)²");
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < rp.rows(); i++) {
            x.append(i == 0 ? "" : ", ").append(list(rp.x(i)));
            y.append(i == 0 ? "" : ", ").append(PythonExpr.literal(rp.y(i)));
        }
        String ctor = torch ? "torch.tensor(" : "np.array(";
        String dtype = torch ? ", dtype=torch.float64)" : ")";
        line("X = " + ctor + "[" + x + "]" + dtype);
        line("Y = " + ctor + "[" + y + "]" + dtype);
        line("ALL = slice(None)  # every row: the full batch");
        line("");
        line("");
        line("def predict(theta, rows=ALL):");
        line(rp.intercept() ? "    return X[rows] @ theta[:-1] + theta[-1]" : "    return X[rows] @ theta");
        line("");
        line("");
        line("def loss_fn(theta, rows=ALL):");
        line("    err = predict(theta, rows) - Y[rows]");
        line("    return " + (torch ? "(err * err).mean()" : "np.mean(err * err)"));
        line("");
        line("");
    }

    private void gradient() {
        String rows = data ? ", rows=ALL" : "";
        String pass = data ? ", rows" : "";
        if (!analytic) {
            boolean central = spec.grad().equals("central");
            line("H = " + PythonExpr.literal(spec.h()));
            line("");
            line("");
            line("def gradient(theta" + rows + "):");
            line(central
                    ? "    \"\"\"Central differences (f(θ + h·eᵢ) − f(θ − h·eᵢ)) / 2h, the app's \"central\" gradient.\"\"\""
                    : "    \"\"\"Forward differences (f(θ + h·eᵢ) − f(θ)) / h, the app's \"forward\" gradient.\"\"\"");
            String indent = "    ";
            if (torch) {
                line("    with torch.no_grad():");
                indent = "        ";
                line(indent + "theta = theta.detach()");
            }
            line(indent + "g = " + m + ".zeros_like(theta)");
            if (!central) {
                line(indent + "f0 = loss_fn(theta" + pass + ")");
            }
            line(indent + "for i in range(len(theta)):");
            line(indent + "    e = " + m + ".zeros_like(theta)");
            line(indent + "    e[i] = H");
            line(indent + (central
                    ? "    g[i] = (loss_fn(theta + e" + pass + ") - loss_fn(theta - e" + pass + ")) / (2 * H)"
                    : "    g[i] = (loss_fn(theta + e" + pass + ") - f0) / H"));
            line(indent + "return g");
            line("");
            line("");
            return;
        }
        if (torch) {
            line("def gradient(theta" + rows + "):");
            line("    \"\"\"∇f at θ by automatic differentiation.\"\"\"");
            line("    with torch.enable_grad():");
            line("        theta = theta.detach().requires_grad_(True)");
            line("        (g,) = torch.autograd.grad(loss_fn(theta" + pass + "), theta)");
            line("    return g");
            line("");
            line("");
            return;
        }
        line("def gradient(theta" + rows + "):");
        DataView rp = objective.data().orElse(null);
        if (rp != null) {
            line("    \"\"\"∇ of the mean squared error over the rows: (2/m)·Xᵀ·err" + (rp.intercept()
                    ? " for w, (2/m)·Σ err for b." : ".") + "\"\"\"");
            line("    err = predict(theta, rows) - Y[rows]");
            line("    scale = 2 / len(err)");
            line(rp.intercept() ? "    return np.append(scale * (X[rows].T @ err), scale * np.sum(err))"
                    : "    return scale * (X[rows].T @ err)");
        } else if (objective instanceof CustomSurface cs) {
            PythonExpr p = new PythonExpr("np");
            line("    \"\"\"(∂f/∂x, ∂f/∂y), derived by hand from f (the app differentiates automatically).\"\"\"");
            unpack();
            line("    return np.array([" + p.derivative(cs.tree(), 0) + ", " + p.derivative(cs.tree(), 1) + "])");
        } else {
            line("    \"\"\"∇f written out by hand.\"\"\"");
            unpack();
            for (String l : Surfaces.gradient(objective.id())) {
                line("    " + l);
            }
        }
        line("");
        line("");
    }

    private void hessian() {
        String z = torch ? "torch.zeros((d, d), dtype=torch.float64)" : "np.zeros((d, d))";
        line("def hessian(theta):");
        line("    \"\"\"H by central differences of the gradient, step 1e-5·max(1, |θᵢ|), made symmetric (as the app).\"\"\"");
        line("    d = len(theta)");
        line("    h = " + z);
        line("    for i in range(d):");
        line("        step = 1e-5 * max(1.0, abs(float(theta[i])))");
        line("        e = " + m + ".zeros_like(theta)");
        line("        e[i] = step");
        line("        h[i] = (gradient(theta + e) - gradient(theta - e)) / (2 * step)");
        line("    return 0.5 * (h + h.T)");
        line("");
        line("");
    }

    // ---------------------------------------------------------------- schedule, batches, start

    /** True when the lr is computed by {@code lr_at(t)} in the script (not constant, not a torch scheduler). */
    private boolean manualLr() {
        if (spec.schedule().equals("constant") && spec.warmup() <= 1) {
            return false;
        }
        return !(torch && usesTorchOptim() && torchScheduler() != null);
    }

    private boolean usesTorchOptim() {
        return !run.opt().equals("lion") && !run.opt().equals("newton");
    }

    /** The torch scheduler that gives exactly this schedule, or null. */
    private @Nullable String torchScheduler() {
        if (spec.warmup() > 1) {
            return null;
        }
        Map<String, Double> p = spec.scheduleParams();
        return switch (spec.schedule()) {
            case "step" -> "torch.optim.lr_scheduler.StepLR(opt, step_size=" + PythonExpr.plain(p.get("stepSize"))
                    + ", gamma=" + PythonExpr.literal(p.get("gamma")) + ")";
            case "exp" -> "torch.optim.lr_scheduler.ExponentialLR(opt, gamma=" + PythonExpr.literal(p.get("gamma"))
                    + ")";
            // torch's cosine rises again after T_max; the app holds etaMin, so it matches only up to T_max
            case "cosine" -> spec.steps() - 1 <= p.get("tMax")
                    ? "torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=" + PythonExpr.plain(p.get("tMax"))
                            + ", eta_min=" + PythonExpr.literal(p.get("etaMin")) + ")"
                    : null;
            default -> null;
        };
    }

    private void schedule() {
        if (!manualLr()) {
            return;
        }
        Map<String, Double> p = spec.scheduleParams();
        line("def lr_at(t):");
        line("    \"\"\"The learning rate of step t = 1, 2, … (torch.optim.lr_scheduler's closed form).\"\"\"");
        line("    n = t - 1  # steps already taken");
        switch (spec.schedule()) {
            case "step" -> line("    lr = LR * " + PythonExpr.literal(p.get("gamma")) + " ** (n // "
                    + PythonExpr.plain(p.get("stepSize")) + ")  # StepLR");
            case "exp" -> line("    lr = LR * " + PythonExpr.literal(p.get("gamma")) + " ** n  # ExponentialLR");
            case "cosine" -> {
                String tMax = PythonExpr.plain(p.get("tMax"));
                String etaMin = PythonExpr.literal(p.get("etaMin"));
                line("    # CosineAnnealingLR, held at eta_min after T_max (torch's would rise again)");
                line("    lr = " + etaMin + " + (LR - " + etaMin + ") * (1 + math.cos(math.pi * min(n, " + tMax
                        + ") / " + tMax + ")) / 2");
            }
            default -> line("    lr = LR");
        }
        if (spec.warmup() > 1) {
            line("    if n < " + spec.warmup() + ":  # linear warm-up");
            line("        lr = lr * ((n + 1) / " + spec.warmup() + ")");
        }
        line("    return lr");
        line("");
        line("");
    }

    private void miniBatches(RandomGenerator rng) {
        DataView rp = objective.data().orElse(null);
        if (!(scenario.batching() instanceof Batching.MiniBatch mb) || rp == null) {
            return;
        }
        int rows = rp.rows();
        line("ROWS = " + rows);
        line("BATCH = " + mb.size() + "  # rows per step" + (mb.size() == 1 ? " (per-sample SGD)" : ""));
        if (!mb.shuffle()) {
            line("ORDER = list(range(ROWS))  # no shuffling: the rows in order, every epoch");
            line("");
            line("");
            return;
        }
        long perEpoch = (rows + mb.size() - 1) / mb.size();
        long epochs = (spec.steps() + perEpoch - 1) / perEpoch;
        if (epochs * rows > MAX_ORDER_NUMBERS) {
            line("# NOT EXPORTED: the app shuffles the rows every epoch with its seeded java.util.random generator");
            line("# (L64X128MixRandom, seed " + spec.seed() + "); this run needs " + epochs + " epochs, too many to");
            line("# write out, so this script shuffles with its own generator and its numbers will differ.");
            line(torch ? "GENERATOR = torch.Generator().manual_seed(" + spec.seed() + ")"
                    : "GENERATOR = np.random.default_rng(" + spec.seed() + ")");
        } else {
            line("# The row order of each epoch, as the app shuffled it (its seeded java.util.random generator,");
            line("# L64X128MixRandom, seed " + spec.seed() + ", which NumPy and torch do not have).");
            StringBuilder orders = new StringBuilder("ORDERS = [");
            int[] order = new int[rows];
            for (long e = 0; e < epochs; e++) {
                for (int i = 0; i < rows; i++) {
                    order[i] = i;
                }
                for (int i = rows - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
                orders.append(e == 0 ? "" : e % 6 == 0 ? ",\n          " : ", ").append('[');
                for (int i = 0; i < rows; i++) {
                    orders.append(i == 0 ? "" : ", ").append(order[i]);
                }
                orders.append(']');
            }
            line(orders.append(']').toString());
        }
        line("");
        line("");
    }

    private boolean shuffledOrders() {
        return scenario.batching() instanceof Batching.MiniBatch mb && mb.shuffle();
    }

    private boolean writtenOrders() {
        if (!(scenario.batching() instanceof Batching.MiniBatch mb) || !mb.shuffle()) {
            return false;
        }
        int rows = objective.data().map(DataView::rows).orElse(0);
        long perEpoch = (rows + mb.size() - 1) / mb.size();
        long epochs = (spec.steps() + perEpoch - 1) / perEpoch;
        return epochs * rows <= MAX_ORDER_NUMBERS;
    }

    private void start(double[] theta0) {
        String comment = switch (spec.initMode()) {
            case "given" -> "";
            case "zeros" -> "  # zeros";
            default -> "  # drawn by the app (" + spec.initMode() + " initialisation, seed " + spec.seed() + ")";
        };
        if (run.init() != null) {
            comment = "  # this run's own start";
        }
        line("# The start θ₀");
        line(torch ? "theta = torch.tensor(" + list(theta0) + ", dtype=torch.float64, requires_grad="
                + (usesTorchOptim() ? "True" : "False") + ")" + comment
                : "theta = np.array(" + list(theta0) + ")" + comment);
        line("STEPS = " + spec.steps());
        if (spec.tol() != null) {
            line("TOL = " + PythonExpr.literal(spec.tol()) + "  # stop (converged) when ‖∇f(θ)‖ < TOL");
        }
        if (spec.lossTol() != null) {
            line("LOSS_TOL = " + PythonExpr.literal(spec.lossTol()) + "  # stop (converged) when |Δloss| < LOSS_TOL");
        }
        line("");
    }

    // ---------------------------------------------------------------- optimizer and loop

    private void hyper() {
        line("# The optimizer: " + run.opt() + ", " + PyOptimizers.describe(run.opt()));
        line("LR = " + PythonExpr.literal(run.lr()));
        for (Map.Entry<String, Double> e : run.hyper().entrySet()) {
            String name = constant(e.getKey());
            boolean whole = e.getKey().equals("historySize") || e.getKey().equals("strongWolfe");
            line(name + " = " + (whole ? PythonExpr.plain(e.getValue()) : PythonExpr.literal(e.getValue())));
        }
    }

    private void loop() {
        hyper();
        boolean torchOptim = torch && usesTorchOptim();
        if (torchOptim) {
            line("opt = " + PyOptimizers.torchConstructor(run.opt(), run.hyper()));
            String scheduler = manualLr() || spec.schedule().equals("constant") ? null : torchScheduler();
            if (scheduler != null) {
                line("scheduler = " + scheduler);
            }
        } else {
            for (String l : PyOptimizers.stateInit(run.opt(), m)) {
                line(l);
            }
        }
        line("");
        String full = data ? "" : "";
        if (torch) {
            line("with torch.no_grad():");
            line("    loss = loss_fn(theta" + full + ").item()");
        } else {
            line("loss = loss_fn(theta)");
        }
        if (data && scenario.batching() instanceof Batching.MiniBatch) {
            line("cursor, epoch = ROWS, 0");
        }
        int report = Math.max(1, spec.steps() / 10);
        line("for t in range(1, STEPS + 1):");
        if (spec.tol() != null) {
            line("    g_full = gradient(theta)");
            line("    if math.sqrt(float((g_full * g_full).sum())) < TOL:");
            line("        print(f\"converged: ‖∇f‖ < {TOL} after step {t - 1}\")");
            line("        break");
        }
        String rowsArg = "";
        if (data && scenario.batching() instanceof Batching.MiniBatch) {
            rowsArg = ", rows";
            line("    if cursor >= ROWS:  # a new epoch");
            if (!shuffledOrders()) {
                line("        order = ORDER");
            } else if (writtenOrders()) {
                line("        order = ORDERS[epoch]");
            } else {
                line(torch ? "        order = torch.randperm(ROWS, generator=GENERATOR).tolist()"
                        : "        order = GENERATOR.permutation(ROWS).tolist()");
            }
            line("        cursor, epoch = 0, epoch + 1");
            line("    rows = order[cursor:cursor + BATCH]");
            line("    cursor += len(rows)");
        }
        String lr = manualLr() ? "lr_at(t)" : "LR";
        if (torchOptim) {
            if (manualLr()) {
                line("    for group in opt.param_groups:");
                line("        group[\"lr\"] = lr_at(t)");
            }
            if (run.opt().equals("lbfgs")) {
                line("");
                line("    def closure():");
                line("        opt.zero_grad()");
                if (analytic) {
                    line("        loss = loss_fn(theta" + rowsArg + ")");
                    line("        loss.backward()");
                    line("        return loss");
                } else {
                    line("        theta.grad = gradient(theta" + rowsArg + ")");
                    line("        with torch.no_grad():");
                    line("            return loss_fn(theta" + rowsArg + ")");
                }
                line("");
                line("    opt.step(closure)  # one L-BFGS iteration (max_iter=1) per step, as the app");
            } else {
                if (analytic) {
                    line("    opt.zero_grad()");
                    line("    loss_fn(theta" + rowsArg + ").backward()  # the gradient at θ, by autograd");
                } else {
                    line("    theta.grad = gradient(theta" + rowsArg + ")");
                }
                line("    opt.step()");
            }
            if (!manualLr() && !spec.schedule().equals("constant")) {
                line("    scheduler.step()");
            }
            line("    with torch.no_grad():");
            line("        previous, loss = loss, loss_fn(theta).item()");
            line("    if not (torch.isfinite(theta).all() and math.isfinite(loss)):");
        } else {
            line("    g = gradient(theta" + rowsArg + ")  # the gradient at θ" + (rowsArg.isEmpty() ? ""
                    : " on this mini-batch"));
            line("    lr = " + lr);
            List<String> update = PyOptimizers.update(run.opt(), run.hyper(), m);
            if (torch) {
                line("    with torch.no_grad():");
                for (String l : update) {
                    line("        " + l);
                }
                line("        previous, loss = loss, loss_fn(theta).item()");
                line("    if not (torch.isfinite(g).all() and torch.isfinite(theta).all() and math.isfinite(loss)):");
            } else {
                for (String l : update) {
                    line("    " + l);
                }
                line("    previous, loss = loss, loss_fn(theta)");
                line("    if not (np.all(np.isfinite(g)) and np.all(np.isfinite(theta)) and np.isfinite(loss)):");
            }
        }
        line("        print(f\"diverged at step {t}\")");
        line("        break");
        if (spec.lossTol() != null) {
            line("    if abs(loss - previous) < LOSS_TOL:");
            line("        print(f\"converged: |Δloss| < {LOSS_TOL} at step {t}\")");
            line("        break");
        }
        line("    if t % " + report + " == 0:");
        line("        print(f\"step {t}: loss {loss:.6g}\")");
        line("");
        line(torch ? "print(json.dumps({\"theta\": theta.detach().tolist(), \"loss\": loss}))"
                : "print(json.dumps({\"theta\": theta.tolist(), \"loss\": float(loss)}))");
    }

    // ---------------------------------------------------------------- helpers

    /** camelCase → UPPER_SNAKE: weightDecay → WEIGHT_DECAY. */
    static String constant(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    static String list(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(PythonExpr.literal(v));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}

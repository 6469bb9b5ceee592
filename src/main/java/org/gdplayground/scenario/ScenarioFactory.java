package org.gdplayground.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.function.GradientMode;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Batching;
import org.gdplayground.engine.run.Init;
import org.gdplayground.engine.run.LrSchedule;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Schedules;

/** Turns a valid {@link ScenarioSpec} into engine {@link Scenario}s, one per optimizer block. */
public final class ScenarioFactory {

    private final ScenarioParser parser;

    public ScenarioFactory(ScenarioParser parser) {
        this.parser = parser;
    }

    /** The objective the spec names. */
    public Objective objective(ScenarioSpec spec) {
        Objective o = parser.objective(spec.fn(), spec.expr());
        if (o == null) {
            throw new IllegalArgumentException("not a valid surface: " + spec.fn());
        }
        return o;
    }

    /** The engine scenario of run {@code index} (0-based), keeping at most {@code maxRecords} step records. */
    public Scenario scenario(ScenarioSpec spec, int index, int maxRecords) {
        return scenario(spec, objective(spec), index, maxRecords);
    }

    /** One engine scenario per run, sharing the objective. */
    public List<Scenario> scenarios(ScenarioSpec spec, int maxRecords) {
        Objective objective = objective(spec);
        List<Scenario> list = new ArrayList<>();
        for (int i = 0; i < spec.runs().size(); i++) {
            list.add(scenario(spec, objective, i, maxRecords));
        }
        return list;
    }

    private Scenario scenario(ScenarioSpec spec, Objective objective, int index, int maxRecords) {
        RunSpec run = spec.runs().get(index);
        Map<String, Double> values = new java.util.LinkedHashMap<>(run.hyper());
        values.put("lr", run.lr());
        Optimizer optimizer = Optimizers.create(run.opt(), values);
        Init init;
        if (run.init() != null) {
            init = new Init.Given(unboxed(run.init()));
        } else if (spec.initMode().equals("given")) {
            init = new Init.Given(unboxed(spec.init()));
        } else {
            init = Init.of(spec.initMode());
        }
        Batching batching = spec.batch() == null ? new Batching.Full()
                : new Batching.MiniBatch(spec.batch(), spec.shuffle());
        GradientMode gradient = switch (spec.grad()) {
            case "central" -> new GradientMode.Central(spec.h());
            case "forward" -> new GradientMode.Forward(spec.h());
            default -> new GradientMode.Analytic();
        };
        LrSchedule schedule = new LrSchedule(Schedules.create(spec.schedule(), spec.scheduleParams()), spec.warmup());
        Scenario s = Scenario.of(objective, optimizer)
                .withSchedule(schedule)
                .withInit(init)
                .withSteps(spec.steps())
                .withBatching(batching)
                .withGradient(gradient)
                .withSeed(spec.seed())
                .withMaxRecords(Math.max(2, maxRecords));
        if (spec.tol() != null) {
            s = s.withTol(spec.tol());
        }
        if (spec.lossTol() != null) {
            s = s.withLossTol(spec.lossTol());
        }
        return s;
    }

    static double[] unboxed(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}

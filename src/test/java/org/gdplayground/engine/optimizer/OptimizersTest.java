package org.gdplayground.engine.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizersTest {

    @Test
    void keysInFamilyTreeOrder() {
        // the family tree of the original seventeen, in order; a new optimizer may be added without editing this test
        assertThat(Optimizers.keys()).doesNotHaveDuplicates().containsSubsequence("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta",
                "adam", "adamw", "adamax", "nadam", "amsgrad", "radam", "rprop", "asgd", "lbfgs", "lion", "newton");
        assertThat(Optimizers.all().stream().map(Optimizers.Descriptor::key).toList())
                .containsExactlyElementsOf(Optimizers.keys());
        for (String key : Optimizers.keys()) {
            assertThat(Optimizers.defaults(key).key()).isEqualTo(key);
            assertThat(Optimizers.specs(key)).isSameAs(Optimizers.defaults(key).specs());
        }
    }

    /** The defaults table of docs/conventions.md#optimizers, literally. */
    static Stream<Arguments> conventionDefaults() {
        return Stream.of(
                Arguments.of("sgd", Map.of("lr", 0.01, "weightDecay", 0.0)),
                Arguments.of("momentum", Map.of("lr", 0.01, "momentum", 0.9, "dampening", 0.0, "weightDecay", 0.0)),
                Arguments.of("nesterov", Map.of("lr", 0.01, "momentum", 0.9, "weightDecay", 0.0)),
                Arguments.of("adagrad",
                        Map.of("lr", 0.01, "eps", 1e-10, "initialAccumulator", 0.0, "weightDecay", 0.0)),
                Arguments.of("rmsprop", Map.of("lr", 0.01, "alpha", 0.99, "eps", 1e-8, "weightDecay", 0.0)),
                Arguments.of("adadelta", Map.of("lr", 1.0, "rho", 0.9, "eps", 1e-6, "weightDecay", 0.0)),
                Arguments.of("adam",
                        Map.of("lr", 1e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weightDecay", 0.0)),
                Arguments.of("adamw",
                        Map.of("lr", 1e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weightDecay", 0.01)),
                Arguments.of("adamax",
                        Map.of("lr", 2e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weightDecay", 0.0)),
                Arguments.of("nadam", Map.of("lr", 2e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8,
                        "momentumDecay", 0.004, "weightDecay", 0.0)),
                Arguments.of("amsgrad",
                        Map.of("lr", 1e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weightDecay", 0.0)),
                Arguments.of("radam",
                        Map.of("lr", 1e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weightDecay", 0.0)),
                Arguments.of("rprop",
                        Map.of("lr", 0.01, "etaMinus", 0.5, "etaPlus", 1.2, "stepMin", 1e-6, "stepMax", 50.0)),
                Arguments.of("asgd",
                        Map.of("lr", 0.01, "lambd", 1e-4, "alpha", 0.75, "t0", 1e6, "weightDecay", 0.0)),
                Arguments.of("lbfgs", Map.of("lr", 1.0, "historySize", 100.0, "strongWolfe", 0.0,
                        "toleranceGrad", 1e-7, "toleranceChange", 1e-9)),
                Arguments.of("lion", Map.of("lr", 1e-4, "beta1", 0.9, "beta2", 0.99, "weightDecay", 0.0)),
                Arguments.of("newton", Map.of("lr", 1.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conventionDefaults")
    void defaultsAreTorchs(String key, Map<String, Double> expected) {
        Optimizer o = Optimizers.defaults(key);
        assertThat(o.values()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(o.specs().stream().map(ParamSpec::name).toList())
                .containsExactlyElementsOf(o.values().keySet());
        for (ParamSpec s : o.specs()) {
            assertThat(s.def()).as(key + "." + s.name()).isEqualTo(expected.get(s.name()));
        }
    }

    @Test
    void createOverridesOnlyWhatIsGiven() {
        Optimizer o = Optimizers.create("adam", Map.of("lr", 0.05, "beta2", 0.99));
        assertThat(o).isEqualTo(new Adam(0.05, 0.9, 0.99, 1e-8, 0));
        assertThat(o.values()).containsExactly(entry("lr", 0.05), entry("beta1", 0.9), entry("beta2", 0.99),
                entry("eps", 1e-8), entry("weightDecay", 0.0));
        for (String key : Optimizers.keys()) {
            Optimizer d = Optimizers.defaults(key);
            assertThat(Optimizers.create(key, d.values())).isEqualTo(d);
        }
    }

    /** One out-of-range value per hyper-parameter of every optimizer, with the exact message. */
    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("sgd", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("sgd", "lr", Double.NaN, "lr must be in (0, ∞), got NaN"),
                Arguments.of("sgd", "lr", Double.POSITIVE_INFINITY, "lr must be in (0, ∞), got Infinity"),
                Arguments.of("sgd", "weightDecay", -0.1, "weightDecay must be in [0, ∞), got -0.1"),
                Arguments.of("momentum", "lr", -1.0, "lr must be in (0, ∞), got -1"),
                Arguments.of("momentum", "momentum", 1.0, "momentum must be in [0, 1), got 1"),
                Arguments.of("momentum", "dampening", 1.5, "dampening must be in [0, 1], got 1.5"),
                Arguments.of("momentum", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("nesterov", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("nesterov", "momentum", -0.5, "momentum must be in [0, 1), got -0.5"),
                Arguments.of("nesterov", "weightDecay", -2.0, "weightDecay must be in [0, ∞), got -2"),
                Arguments.of("adagrad", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("adagrad", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("adagrad", "initialAccumulator", -1.0, "initialAccumulator must be in [0, ∞), got -1"),
                Arguments.of("adagrad", "weightDecay", -0.5, "weightDecay must be in [0, ∞), got -0.5"),
                Arguments.of("rmsprop", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("rmsprop", "alpha", 1.0, "alpha must be in [0, 1), got 1"),
                Arguments.of("rmsprop", "eps", -1e-8, "eps must be in (0, ∞), got -1.0E-8"),
                Arguments.of("rmsprop", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("adadelta", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("adadelta", "rho", 1.2, "rho must be in [0, 1], got 1.2"),
                Arguments.of("adadelta", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("adadelta", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("adam", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("adam", "beta1", 1.2, "beta1 must be in [0, 1), got 1.2"),
                Arguments.of("adam", "beta2", 1.0, "beta2 must be in [0, 1), got 1"),
                Arguments.of("adam", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("adam", "weightDecay", -0.01, "weightDecay must be in [0, ∞), got -0.01"),
                Arguments.of("adamw", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("adamw", "beta1", -0.1, "beta1 must be in [0, 1), got -0.1"),
                Arguments.of("adamw", "beta2", 1.5, "beta2 must be in [0, 1), got 1.5"),
                Arguments.of("adamw", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("adamw", "weightDecay", -0.01, "weightDecay must be in [0, ∞), got -0.01"),
                Arguments.of("adamax", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("adamax", "beta1", 1.0, "beta1 must be in [0, 1), got 1"),
                Arguments.of("adamax", "beta2", 2.0, "beta2 must be in [0, 1), got 2"),
                Arguments.of("adamax", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("adamax", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("nadam", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("nadam", "beta1", 1.2, "beta1 must be in [0, 1), got 1.2"),
                Arguments.of("nadam", "beta2", 1.0, "beta2 must be in [0, 1), got 1"),
                Arguments.of("nadam", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("nadam", "momentumDecay", -0.004, "momentumDecay must be in [0, ∞), got -0.004"),
                Arguments.of("nadam", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("amsgrad", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("amsgrad", "beta1", 1.2, "beta1 must be in [0, 1), got 1.2"),
                Arguments.of("amsgrad", "beta2", 1.0, "beta2 must be in [0, 1), got 1"),
                Arguments.of("amsgrad", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("amsgrad", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("radam", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("radam", "beta1", 1.0, "beta1 must be in [0, 1), got 1"),
                Arguments.of("radam", "beta2", -0.5, "beta2 must be in [0, 1), got -0.5"),
                Arguments.of("radam", "eps", 0.0, "eps must be in (0, ∞), got 0"),
                Arguments.of("radam", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("rprop", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("rprop", "etaMinus", 1.0, "etaMinus must be in (0, 1), got 1"),
                Arguments.of("rprop", "etaPlus", 1.0, "etaPlus must be in (1, ∞), got 1"),
                Arguments.of("rprop", "stepMin", -1e-6, "stepMin must be in [0, ∞), got -1.0E-6"),
                Arguments.of("rprop", "stepMax", 0.0, "stepMax must be in (0, ∞), got 0"),
                Arguments.of("rprop", "stepMax", 1e-7, "stepMax must be at least stepMin (1.0E-6), got 1.0E-7"),
                Arguments.of("asgd", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("asgd", "lambd", -1e-4, "lambd must be in [0, ∞), got -1.0E-4"),
                Arguments.of("asgd", "alpha", -0.75, "alpha must be in [0, ∞), got -0.75"),
                Arguments.of("asgd", "t0", -1.0, "t0 must be in [0, ∞), got -1"),
                Arguments.of("asgd", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("lbfgs", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("lbfgs", "historySize", 0.0, "historySize must be whole number in [1, 1000], got 0"),
                Arguments.of("lbfgs", "historySize", 2.5, "historySize must be whole number in [1, 1000], got 2.5"),
                Arguments.of("lbfgs", "strongWolfe", 0.5, "strongWolfe must be whole number in [0, 1], got 0.5"),
                Arguments.of("lbfgs", "toleranceGrad", -1.0, "toleranceGrad must be in [0, ∞), got -1"),
                Arguments.of("lbfgs", "toleranceChange", -1.0, "toleranceChange must be in [0, ∞), got -1"),
                Arguments.of("lion", "lr", 0.0, "lr must be in (0, ∞), got 0"),
                Arguments.of("lion", "beta1", 1.0, "beta1 must be in [0, 1), got 1"),
                Arguments.of("lion", "beta2", 1.0, "beta2 must be in [0, 1), got 1"),
                Arguments.of("lion", "weightDecay", -1.0, "weightDecay must be in [0, ∞), got -1"),
                Arguments.of("newton", "lr", -1.0, "lr must be in (0, ∞), got -1"));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("outOfRange")
    void rejectsOutOfRange(String key, String name, double value, String message) {
        Map<String, Double> values = new HashMap<>();
        values.put(name, value);
        assertThatThrownBy(() -> Optimizers.create(key, values))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.field()).isEqualTo(name);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void everyHyperParameterIsCoveredByTheRangeTable() {
        List<String> covered = outOfRange().map(a -> a.get()[0] + "." + a.get()[1]).distinct().toList();
        List<String> all = Optimizers.keys().stream()
                .flatMap(k -> Optimizers.specs(k).stream().map(s -> k + "." + s.name())).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void boundariesThatAreAllowed() {
        assertThat(new Momentum(0.1, 0, 1, 0).dampening()).isEqualTo(1);
        assertThat(new Adadelta(1, 1, 1e-6, 0).rho()).isEqualTo(1);
        assertThat(new Adam(0.1, 0, 0, 1e-8, 0).beta1()).isZero();
        assertThat(new RmsProp(0.1, 0, 1e-8, 0).alpha()).isZero();
        assertThat(new Nadam(0.1, 0.9, 0.999, 1e-8, 0, 0).momentumDecay()).isZero();
    }

    @Test
    void directConstructionValidatesToo() {
        assertThatThrownBy(() -> new Adam(0.001, 1.2, 0.999, 1e-8, 0))
                .isInstanceOf(InvalidParameterException.class).hasMessage("beta1 must be in [0, 1), got 1.2");
    }

    @Test
    void unknownOptimizerKey() {
        assertThatThrownBy(() -> Optimizers.create("gd", Map.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.field()).isEqualTo("opt");
                    assertThat(e.getMessage()).isEqualTo("opt must be one of "
                            + String.join(", ", Optimizers.keys()) + ", got gd");
                    assertThat(e.getMessage()).startsWith("opt must be one of sgd, momentum, nesterov, adagrad, "
                            + "rmsprop, adadelta, adam, adamw, adamax, nadam, amsgrad, radam, rprop, asgd, lbfgs, "
                            + "lion, newton");
                });
        assertThatThrownBy(() -> Optimizers.specs("mini-batch")).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("opt must be one of sgd,");
    }

    @Test
    void unknownHyperParameter() {
        assertThatThrownBy(() -> Optimizers.create("adam", Map.of("momentum", 0.9)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.field()).isEqualTo("momentum");
                    assertThat(e.getMessage()).isEqualTo(
                            "momentum must be one of adam's hyper-parameters lr, beta1, beta2, eps, weightDecay, "
                                    + "got momentum");
                });
        assertThatThrownBy(() -> Optimizers.create("nesterov", Map.of("dampening", 0.1)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("dampening must be one of nesterov's hyper-parameters lr, momentum, weightDecay, "
                        + "got dampening");
    }

    /** The pure API and the stepper run the same rule: chaining pure steps equals stepping in place, bit for bit. */
    @Test
    void pureStepsEqualTheStepperBitForBit() {
        Probe rosenbrock = Probe.of(t -> (1 - t[0]) * (1 - t[0]) + 100 * (t[1] - t[0] * t[0]) * (t[1] - t[0] * t[0]),
                (t, out) -> System.arraycopy(rosenbrockGradient(t), 0, out, 0, 2));
        for (String key : Optimizers.keys()) {
            Map<String, Double> values = new HashMap<>(Map.of("lr", 0.05));
            if (Optimizers.specs(key).stream().anyMatch(p -> p.name().equals("weightDecay"))) {
                values.put("weightDecay", 0.1);
            }
            if (key.equals("lbfgs")) {
                values.put("strongWolfe", 1.0);
                values.put("historySize", 3.0);
            }
            Optimizer o = Optimizers.create(key, values);
            double[] theta = {-1.5, 2};
            State state = o.init(2);
            Stepper fast = o.newStepper(2);
            fast.attach(rosenbrock);
            double[] inPlace = theta.clone();
            double[] update = new double[2];
            for (int t = 1; t <= 6; t++) {
                double[] g = rosenbrockGradient(theta);
                Step s = o.step(theta, g, state, 0.05 / t, t, rosenbrock);
                fast.step(inPlace, rosenbrockGradient(inPlace), 0.05 / t, t, update);
                assertThat(s.theta()).as(key + " step " + t).containsExactly(inPlace);
                assertThat(s.update()).as(key + " update " + t).containsExactly(update);
                assertThat(s.state()).as(key + " state " + t).isEqualTo(fast.state());
                theta = s.theta();
                state = s.state();
            }
            assertThat(fast.stepsTaken()).isEqualTo(6);
            assertThat(theta).as(key + " moved").isNotEqualTo(new double[] {-1.5, 2});
        }
    }

    @Test
    void pureStepLeavesItsInputsAlone() {
        Optimizer o = new Momentum(0.1, 0.9, 0, 0);
        double[] theta = {1, 2};
        double[] grad = {3, 4};
        State s0 = o.init(2);
        Step s = o.step(theta, grad, s0, 0.1, 1);
        assertThat(theta).containsExactly(1, 2);
        assertThat(grad).containsExactly(3, 4);
        assertThat(s0.get("b").values()).containsExactly(0, 0);
        double[] out = s.theta();
        out[0] = 99;
        assertThat(s.theta()[0]).isNotEqualTo(99);
    }

    @Test
    void stepperChecksShapes() {
        Stepper s = new Sgd(0.1).newStepper(2);
        assertThatThrownBy(() -> s.step(new double[2], new double[3], 0.1, 1, new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.step(new double[2], new double[2], 0.1, 0, new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1");
        assertThatThrownBy(() -> new Sgd(0.1).newStepper(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] rosenbrockGradient(double[] t) {
        double b = t[1] - t[0] * t[0];
        return new double[] {-2 * (1 - t[0]) - 400 * t[0] * b, 200 * b};
    }
}

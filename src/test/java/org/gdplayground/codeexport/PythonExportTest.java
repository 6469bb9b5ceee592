package org.gdplayground.codeexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.codeexport.PythonExport.Lang;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.system.Limits;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported scripts, run by a real Python, reproduce the engine's final θ and loss to 1e−9 (relative to
 * max(1, |value|)): NumPy for every optimizer with a written-out rule, PyTorch ({@code torch.optim}) where torch is
 * installed. Skipped (not failed) when {@code python3} with NumPy, or torch, is missing.
 */
class PythonExportTest {

    private static final ScenarioParser PARSER = new ScenarioParser(Limits.defaults(), Set.of("lang", "format"));
    private static final ScenarioFactory FACTORY = new ScenarioFactory(PARSER);
    private static final double TOLERANCE = 1e-9;

    /** Optimizers × surfaces, schedules, data problems, mini-batches, typed expressions, gradient modes, stops. */
    private static final List<String> COMMON = List.of(
            "fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100",
            "fn=ellipse&opt=momentum&lr=0.02&init=-4,2&steps=100",
            "fn=ellipse&opt=momentum&lr=0.02&dampening=0.3&init=-4,2&steps=60",
            "fn=ellipse&opt=nesterov&lr=0.02&init=-4,2&steps=100",
            "fn=rosenbrock&opt=adam&lr=0.03&init=-1.5,2&steps=500",
            "fn=rosenbrock&opt=adamw&lr=0.03&weightDecay=0.05&init=-1.5,2&steps=300",
            "fn=himmelblau&opt=amsgrad&lr=0.1&init=0,0&steps=300",
            "fn=booth&opt=rmsprop&lr=0.05&init=-5,5&steps=200",
            "fn=beale&opt=adagrad&lr=0.5&init=1,1&steps=200",
            "fn=two-minima&opt=adadelta&init=1.8,1&steps=200",
            "fn=six-hump-camel&opt=adamax&lr=0.05&init=1.5,1&steps=200",
            "fn=rastrigin&opt=radam&lr=0.01&init=0.3,-0.2&steps=200",
            "fn=plateau&opt=rprop&lr=0.05&init=1.5,1&steps=100",
            "fn=saddle&opt=asgd&lr=0.05&lambd=0.01&init=1,0.01&steps=50",
            "fn=textbook-quadratic&opt=sgd&lr=10&steps=40",
            "fn=sphere&opt=sgd&lr=1.1&init=-3,4&steps=100",
            "fn=sphere&opt=sgd&lr=0.1&weightDecay=0.5&init=-3,4&steps=50",
            "fn=rosenbrock&opt=sgd&lr=0.001&init=-1.5,2&steps=300&schedule=step&stepSize=50&gamma=0.5",
            "fn=rosenbrock&opt=momentum&lr=0.001&init=-1.5,2&steps=300&schedule=exp&gamma=0.995",
            "fn=ellipse&opt=adam&lr=0.3&init=-4,2&steps=100&schedule=cosine&tMax=100&etaMin=0.01",
            "fn=ellipse&opt=adam&lr=0.3&init=-4,2&steps=150&schedule=cosine&tMax=100&warmup=10",
            "fn=study-hours-wb&opt=sgd&lr=0.05&steps=200",
            "fn=study-hours-w&opt=momentum&lr=0.05&steps=100",
            "fn=quiz-scores&opt=adam&lr=0.3&steps=300&initMode=he&seed=7",
            "fn=quiz-scores&opt=sgd&lr=0.00001&steps=100&batch=2&seed=3",
            "fn=quiz-scores&opt=sgd&lr=0.00001&steps=60&batch=1&shuffle=false",
            "fn=custom&expr=" + enc("x*cos(0.15*pi*x)+y^2") + "&opt=sgd&lr=0.1&init=-10,0.5&steps=50",
            "fn=custom&expr=" + enc("sin(x)*exp(y/5)+tanh(x*y)-log(2+x^2)+sqrt(1+y^2)+abs(x-3)/(1+y^2)")
                    + "&opt=adam&lr=0.05&init=-1,2&steps=200",
            "fn=custom&expr=" + enc("2^x+x^y+tan(x/4)+(-x)^3") + "&opt=sgd&lr=0.001&init=1.2,0.7&steps=50",
            "fn=himmelblau&opt=sgd&lr=0.01&init=0,0&steps=1000&tol=0.001",
            "fn=rosenbrock&opt=adam&lr=0.03&init=-1.5,2&steps=1000&lossTol=1e-9",
            "fn=booth&opt=momentum&lr=0.01&init=-5,5&steps=100&grad=central",
            "fn=study-hours-wb&opt=sgd&lr=0.05&steps=100&grad=forward&h=0.001");

    /** Only written out in the scripts (not in torch.optim) or only exported for PyTorch. */
    private static final List<String> NUMPY_ONLY = List.of(
            "fn=six-hump-camel&opt=lion&lr=0.01&init=1.5,1&steps=200",
            "fn=rosenbrock&opt=lion&lr=0.003&weightDecay=0.1&init=-1.5,2&steps=200",
            "fn=rosenbrock&opt=newton&init=-1.5,2&steps=10",
            "fn=saddle&opt=newton&lr=0.5&init=1,0.5&steps=10",
            "fn=quiz-scores&opt=newton&steps=3",
            "fn=sphere&opt=nadam&lr=0.1&init=-3,4&steps=100");

    private static final List<String> TORCH_ONLY = List.of(
            "fn=six-hump-camel&opt=lion&lr=0.01&init=1.5,1&steps=200",
            "fn=rosenbrock&opt=newton&init=-1.5,2&steps=10",
            "fn=rosenbrock&opt=lbfgs&init=-1.5,2&steps=30",
            "fn=rosenbrock&opt=lbfgs&strongWolfe=1&init=-1.5,2&steps=30");

    @TempDir
    Path dir;

    @Test
    void numpyScriptsReproduceTheEngine() throws Exception {
        String python = python("numpy");
        List<String> cases = new ArrayList<>(COMMON);
        cases.addAll(NUMPY_ONLY);
        check(python, Lang.NUMPY, cases);
    }

    @Test
    void pytorchScriptsReproduceTheEngine() throws Exception {
        String python = python("torch");
        List<String> cases = new ArrayList<>(COMMON);
        cases.addAll(TORCH_ONLY);
        String version = run(List.of(python, "-c", "import torch; print(torch.__version__)")).strip();
        if (!version.startsWith("1.")) {
            cases.add("fn=sphere&opt=nadam&lr=0.1&init=-3,4&steps=100");
        }
        // PyTorch 1.x NAdam counts μ twice (fixed in 2.0); the NumPy test checks the documented rule instead.
        check(python, Lang.PYTORCH, cases);
    }

    @Test
    void lbfgsIsNotWrittenOutForNumpy() {
        ScenarioSpec spec = spec("fn=rosenbrock&opt=lbfgs&steps=5");
        Scenario scenario = FACTORY.scenarios(spec, 2).getFirst();
        assertThatThrownBy(() -> PythonExport.script(spec, 0, scenario, Lang.NUMPY, "/", null))
                .isInstanceOf(PythonExport.NotExportable.class);
    }

    @Test
    void aLongShuffledRunSaysItsOrderIsNotTheApps() {
        ScenarioSpec spec = spec("fn=quiz-scores&opt=sgd&lr=0.00001&steps=100000&batch=1");
        Scenario scenario = FACTORY.scenarios(spec, 2).getFirst();
        String script = PythonExport.script(spec, 0, scenario, Lang.NUMPY, "/", null);
        assertThat(script).contains("NOT EXPORTED").doesNotContain("ORDERS = ");
    }

    @Test
    void theScriptIsReadable() {
        ScenarioSpec spec = spec("fn=ellipse&opt=momentum&lr=0.02&init=-4,2&steps=100");
        Scenario scenario = FACTORY.scenarios(spec, 2).getFirst();
        String torch = PythonExport.script(spec, 0, scenario, Lang.PYTORCH, "/?fn=ellipse", null);
        assertThat(torch).contains("torch.optim.SGD([theta], lr=LR, momentum=MOMENTUM, dampening=DAMPENING")
                .contains("MOMENTUM = 0.9").contains("theta = torch.tensor([-4.0, 2.0]").contains("return x * x + 10 * y * y");
        String numpy = PythonExport.script(spec, 0, scenario, Lang.NUMPY, "/?fn=ellipse", null);
        assertThat(numpy).contains("b = g if t == 1 else MOMENTUM * b + (1 - DAMPENING) * g")
                .contains("return np.array([2 * x, 20 * y])");
        assertThat(numpy.lines().count()).isLessThan(80);
    }

    private void check(String python, Lang lang, List<String> cases) throws Exception {
        List<String> paths = new ArrayList<>();
        List<StepRecord> expected = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ScenarioSpec spec = spec(cases.get(i));
            Scenario scenario = FACTORY.scenarios(spec, 2).getFirst();
            Run run = scenario.start();
            run.runToEnd(() -> false);
            expected.add(run.latest());
            Path file = dir.resolve("case" + i + ".py");
            Files.writeString(file, PythonExport.script(spec, 0, scenario, lang, "/?" + cases.get(i), null));
            paths.add(file.toString());
            Path kept = Path.of("target", "python-export", lang.key(), "case" + i + ".py");
            Files.createDirectories(kept.getParent());
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path driver = dir.resolve("driver.py");
        Files.writeString(driver, """
                import contextlib, io, runpy, sys, traceback
                for i, path in enumerate(sys.argv[1:]):
                    buf = io.StringIO()
                    try:
                        with contextlib.redirect_stdout(buf):
                            runpy.run_path(path, run_name="__main__")
                        last = buf.getvalue().strip().splitlines()[-1]
                    except Exception:
                        last = "ERROR " + traceback.format_exc().replace("\\n", " | ")
                    print(f"{i}\\t{last}")
                """);
        List<String> command = new ArrayList<>(List.of(python, driver.toString()));
        command.addAll(paths);
        Map<Integer, String> lines = new LinkedHashMap<>();
        for (String l : run(command).split("\n")) {
            int tab = l.indexOf('\t');
            if (tab > 0) {
                lines.put(Integer.parseInt(l.substring(0, tab)), l.substring(tab + 1));
            }
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String line = lines.get(i);
            String problem = compare(line, expected.get(i));
            if (problem != null) {
                failures.add(lang.key() + " " + cases.get(i) + ": " + problem);
            }
        }
        assertThat(failures).as("scripts that do not reproduce the engine").isEmpty();
    }

    private static final Pattern RESULT = Pattern.compile("\\{\"theta\": \\[(.*)], \"loss\": (.*)}");

    private static String compare(String line, StepRecord expected) {
        if (line == null) {
            return "no output";
        }
        Matcher m = RESULT.matcher(line);
        if (!m.matches()) {
            return "unexpected last line " + line;
        }
        String[] parts = m.group(1).split(", ");
        double[] theta = expected.theta();
        if (parts.length != theta.length) {
            return "θ has " + parts.length + " values";
        }
        for (int j = 0; j < theta.length; j++) {
            double got = Double.parseDouble(parts[j].replace("NaN", "NaN").replace("Infinity", "Infinity"));
            if (!close(got, theta[j])) {
                return "θ[" + j + "] = " + got + ", engine " + theta[j];
            }
        }
        double loss = Double.parseDouble(m.group(2));
        return close(loss, expected.loss()) ? null : "loss " + loss + ", engine " + expected.loss();
    }

    private static boolean close(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.compare(a, b) == 0 || (Double.isNaN(a) == Double.isNaN(b) && !Double.isFinite(a)
                    && !Double.isFinite(b));
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
    }

    /** A python3 that imports {@code module}: Debian's /usr/bin/python3 first for torch, else python3 on PATH. */
    private static String python(String module) {
        for (String candidate : module.equals("torch") ? List.of("/usr/bin/python3", "python3")
                : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import " + module).redirectErrorStream(true).start();
                if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
                p.destroyForcibly();
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        Assumptions.abort("no python3 with " + module + " here");
        throw new AssertionError("unreachable");
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "python finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static ScenarioSpec spec(String query) {
        ScenarioParser.Result r = PARSER.parse(ScenarioQuery.decode(query).parameters(), ScenarioParser.Mode.SINGLE);
        assertThat(r.errors()).as(query).isEmpty();
        return r.spec();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

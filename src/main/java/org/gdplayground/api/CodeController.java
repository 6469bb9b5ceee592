package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.codeexport.PythonExport;
import org.gdplayground.codeexport.PythonExport.Lang;
import org.gdplayground.codeexport.PythonExport.NotExportable;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/code?<trajectory scenario>&lang=pytorch|numpy}: the run as a runnable Python script
 * ({@code text/x-python}, see {@link PythonExport}). Here {@code lang} names the library (default {@code pytorch});
 * problems are answered in the language of {@code Accept-Language}. The run is also played by the engine (within the
 * usual limits) so the script's header can quote the app's own final θ and loss.
 */
@RestController
@RequestMapping("/api/v1")
class CodeController {

    static final String PYTHON = "text/x-python;charset=UTF-8";

    private final ScenarioParser parser;
    private final ScenarioFactory factory;

    CodeController(ScenarioParser parser, ScenarioFactory factory) {
        this.parser = parser;
        this.factory = factory;
    }

    @GetMapping("/code")
    void code(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ScenarioQuery.Decoded query = ApiQuery.of(request);
        List<ParamError> errors = new ArrayList<>(query.errors());
        Map<String, List<String>> params = new LinkedHashMap<>(query.parameters());
        List<String> langs = params.remove("lang");
        Lang lang = Lang.PYTORCH;
        if (langs != null && langs.size() > 1) {
            errors.add(new ParamError("lang", String.join(", ", langs), Kind.DUPLICATE, "1",
                    List.of(Integer.toString(langs.size()))));
        } else if (langs != null && !langs.isEmpty()) {
            Lang l = Lang.of(langs.getFirst());
            if (l == null) {
                errors.add(new ParamError("lang", shorten(langs.getFirst()), Kind.NOT_ONE_OF, "pytorch, numpy",
                        List.of()));
            } else {
                lang = l;
            }
        }
        errors.addAll(Transport.check(params, List.of("python")));
        ScenarioParser.Result result = parser.parse(params, Mode.SINGLE);
        errors.addAll(result.errors());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ScenarioSpec spec = result.spec();
        Scenario scenario = factory.scenarios(spec, Runner.ENGINE_RECORDS).getFirst();
        Run run = scenario.start();
        run.runToEnd(() -> false);
        String link = "/?" + ScenarioQuery.toQueryString(spec, parser.limits().maxPoints());
        String script;
        try {
            script = PythonExport.script(spec, 0, scenario, lang, link, run.latest());
        } catch (NotExportable e) {
            throw new InvalidRequestException(List.of(new ParamError("lang", lang.key(), Kind.NOT_APPLICABLE,
                    "pytorch", List.of("opt=" + e.what()))));
        }
        byte[] body = script.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(PYTHON);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + lang.fileName() + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}

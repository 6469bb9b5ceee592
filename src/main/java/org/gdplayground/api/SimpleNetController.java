package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.simplenet.Evaluation;
import org.gdplayground.engine.simplenet.SimpleNet;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.simplenet.SimpleNetParams;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/simplenet?w=w11,w12,w13,w21,w22,w23&x=0.6,0.9&t=0,0,1}: seed 002's simpleNet at W — the
 * scores z = x·W, y = softmax(z), the loss −Σ t·log(y + 1e-7), and dW numerically (central differences, h = 1e-4)
 * and analytically (xᵀ(y − t)), matrices as rows. Every bad parameter is answered at once as problem details.
 */
@RestController
@RequestMapping("/api/v1")
class SimpleNetController {

    /** The answer; matrices as rows (2×3), {@code maxDifference} = max |dWNumerical − dWAnalytic|. */
    record SimpleNetResponse(double[][] w, double[] x, double[] t, double[] z, double[] y, double loss,
            int predicted, double h, double[][] dWNumerical, double[][] dWAnalytic, double maxDifference) {
    }

    @GetMapping("/simplenet")
    void simplenet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ScenarioQuery.Decoded query = ApiQuery.of(request);
        SimpleNetParams.Parsed parsed = SimpleNetParams.api(query.parameters());
        List<ParamError> errors = new ArrayList<>(query.errors());
        errors.addAll(parsed.errors());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        SimpleNet net = parsed.net();
        Evaluation e = net.evaluate(parsed.w());
        SimpleNetResponse body = new SimpleNetResponse(Evaluation.rows(e.w(), SimpleNet.COLS), net.x(), net.t(),
                e.z(), e.y(), e.loss(), e.predicted(), SimpleNet.H, Evaluation.rows(e.dWNumerical(), SimpleNet.COLS),
                Evaluation.rows(e.dWAnalytic(), SimpleNet.COLS), e.maxGradientDifference());
        ApiJson.answer(response, body, ApiLanguage.of(request));
    }
}

package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Adam;
import org.junit.jupiter.api.Test;

class StepCsvTest {

    @Test
    void flattensEveryColumnWithAHeaderAndFullPrecision() {
        Run run = Scenario.of(new Sphere(), new Adam(0.1)).withStart(-3, 4).withSteps(2).start();
        run.runToEnd(() -> false);
        String[] lines = StepCsv.write(run.records(), false).split("\r\n");
        assertThat(lines[0]).isEqualTo("k,epoch,theta_0,theta_1,loss,batchLoss,grad_0,grad_1,update_0,update_1,lr,"
                + "m_0,m_1,v_0,v_1,mHat_0,mHat_1,vHat_0,vHat_1");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("0,0,-3.0,4.0,25.0,,-6.0,8.0,0.0,0.0,0.1,");
        // Adam's first step moves every coordinate by lr against the sign of g: (-3, 4) → (-2.9, 3.9)
        String[] step1 = lines[2].split(",");
        assertThat(Double.parseDouble(step1[2])).isCloseTo(-2.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Double.parseDouble(step1[3])).isCloseTo(3.9, org.assertj.core.data.Offset.offset(1e-9));
    }
}

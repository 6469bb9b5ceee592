package org.gdplayground.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.gdplayground.engine.function.Ellipse;
import org.gdplayground.ui.common.StepTable;
import org.junit.jupiter.api.Test;

class GradientCheckColumnsTest {

    private final StepTable table = new StepTable("step-table");
    private final GradientCheckColumns columns = new GradientCheckColumns(table);

    private List<String> keys() {
        return table.getColumns().stream().map(Grid.Column::getKey).toList();
    }

    private List<Boolean> checkVisible() {
        return GradientCheckColumns.KEYS.stream().map(k -> table.getColumnByKey(k).isVisible()).toList();
    }

    @Test
    void offByDefaultRightAfterTheGradientAndToggled() {
        table.configure(2, List.of("x", "y"), List.of("b"), false, k -> k);
        columns.configure(new Ellipse(), 1e-4, (k, a) -> k + (a.length > 0 ? " " + a[0] : ""));
        int grad = keys().indexOf("grad");
        assertThat(keys().subList(grad + 1, grad + 6)).isEqualTo(GradientCheckColumns.KEYS);
        assertThat(keys()).endsWith("state-b");
        assertThat(checkVisible()).containsOnly(false);
        assertThat(table.getColumnByKey("check-central").getHeaderText()).isEqualTo("insight.col.central 0.0001");
        columns.toggle.setValue(true);
        assertThat(checkVisible()).containsOnly(true);
        // a new run rebuilds the table: the columns come back once, still shown
        table.configure(2, List.of("x", "y"), List.of("m", "v"), false, k -> k);
        columns.configure(new Ellipse(), 1e-3, (k, a) -> k);
        assertThat(keys().stream().filter(GradientCheckColumns.KEYS::contains)).hasSize(5);
        assertThat(checkVisible()).containsOnly(true);
        columns.toggle.setValue(false);
        assertThat(checkVisible()).containsOnly(false);
    }
}

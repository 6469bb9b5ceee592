package org.gdplayground.basin;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.scenario.ParamError;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of basin maps, from {@code application.properties} ({@code playground.limits.*}, beside the other limits).
 *
 * @param maxBasinGrid     most starts per side (N × N starts)
 * @param maxBasinWork     most steps one map may take in all: N² × steps
 * @param basinCacheSize   finished maps kept (least recently used dropped first)
 */
@ConfigurationProperties("playground.limits")
public record BasinLimits(
        @DefaultValue("201") int maxBasinGrid,
        @DefaultValue("50000000") long maxBasinWork,
        @DefaultValue("16") int basinCacheSize) {

    /** Smallest grid. */
    public static final int MIN_GRID = 11;
    /** The grid when none is asked for. */
    public static final int DEFAULT_GRID = 101;
    /** The name of the grid parameter. */
    public static final String GRID = "grid";

    public static BasinLimits defaults() {
        return new BasinLimits(201, 50_000_000, 16);
    }

    /** Most steps per start a grid of n allows. */
    public long maxSteps(int n) {
        return maxBasinWork / ((long) n * n);
    }

    /**
     * The problems with a grid value (null: the default) and the scenario's step count: the grid must be a whole
     * number in [{@value #MIN_GRID}, maxBasinGrid] and grid² × steps at most maxBasinWork.
     */
    public List<ParamError> check(String grid, int steps) {
        List<ParamError> errors = new ArrayList<>();
        String allowedGrid = "whole number in [" + MIN_GRID + ", " + maxBasinGrid + "]";
        int n;
        try {
            n = Integer.parseInt(grid.trim());
        } catch (NumberFormatException e) {
            errors.add(new ParamError(GRID, grid, ParamError.Kind.NOT_A_NUMBER, allowedGrid, List.of()));
            return errors;
        }
        if (n < MIN_GRID || n > maxBasinGrid) {
            errors.add(new ParamError(GRID, grid, ParamError.Kind.OUT_OF_RANGE, allowedGrid, List.of()));
            return errors;
        }
        if ((long) n * n * steps > maxBasinWork) {
            errors.add(new ParamError("steps", Integer.toString(steps), ParamError.Kind.OUT_OF_RANGE,
                    "whole number in [1, " + maxSteps(n) + "]", List.of()));
        }
        return errors;
    }
}

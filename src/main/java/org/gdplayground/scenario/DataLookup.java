package org.gdplayground.scenario;

import java.util.Optional;
import org.gdplayground.engine.function.RegressionProblem;

/**
 * Finds an uploaded data set by its id ({@code fn=data&data=<id>}) as an engine data problem. The scenario language
 * only needs this door; where the data is kept (a database) is the {@code dataset} feature's business.
 */
@FunctionalInterface
public interface DataLookup {

    /** No uploaded data at all (tools and tests without a database). */
    DataLookup NONE = id -> Optional.empty();

    /** The data problem of this id, or empty when there is none. */
    Optional<RegressionProblem> find(String id);
}

package org.gdplayground.api;

import java.util.List;
import org.gdplayground.scenario.ParamError;

/** A request with bad parameters: every one of them, answered as 400 problem details. */
final class InvalidRequestException extends RuntimeException {

    private final transient List<ParamError> errors;

    InvalidRequestException(List<ParamError> errors) {
        super(errors.size() + " invalid parameter(s): "
                + String.join(", ", errors.stream().map(ParamError::param).toList()), null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<ParamError> errors() {
        return errors;
    }
}

/**
 * Guided lessons at {@code /lessons}: lessons are data (one YAML file per lesson under {@code resources/lessons},
 * both languages in the file), each step a paragraph, a prepared scenario that opens live beside it, a "try this"
 * prompt and a declarative check evaluated on what the learner's run reported.
 */
@NullMarked
package org.gdplayground.lessons;

import org.jspecify.annotations.NullMarked;

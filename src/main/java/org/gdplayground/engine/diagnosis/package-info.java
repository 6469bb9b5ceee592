/**
 * Engine — diagnosis: what a run is doing, in one word and the numbers behind it (diverging, oscillating, plateau,
 * saddle, local or global minimum). Pure Java, no Spring, no Vaadin; the words are turned into sentences outside the
 * engine.
 */
@NullMarked
package org.gdplayground.engine.diagnosis;

import org.jspecify.annotations.NullMarked;

/**
 * The classroom's pages: start a class ({@code /class}), its dashboard ({@code /class/<code>?key=…}), join
 * ({@code /join}, {@code /join/<code>}), and the student's side of the playground ({@link StudentPages}).
 */
@NullMarked
package org.gdplayground.ui.classroom;

import org.jspecify.annotations.NullMarked;

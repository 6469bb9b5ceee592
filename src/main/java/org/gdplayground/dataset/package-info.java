/**
 * "Your own data": uploaded CSV files (header row, numeric feature columns, the target last), parsed strictly, fitted
 * by least squares, stored by content hash, and handed to the engine as a linear-regression data problem
 * ({@code fn=data&data=<id>}).
 */
@NullMarked
package org.gdplayground.dataset;

import org.jspecify.annotations.NullMarked;

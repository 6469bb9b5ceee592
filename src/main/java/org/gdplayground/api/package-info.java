/**
 * The REST API ({@code /api/v1/**}): trajectories, comparisons and the catalog as JSON (or CSV), every problem as RFC
 * 9457 problem details. Requests use the same scenario parameter language, parser and limits as the page.
 */
@NullMarked
package org.gdplayground.api;

import org.jspecify.annotations.NullMarked;

/**
 * Runs scenarios for pages: a bounded worker pool, one serial lane per page, frames at most every 100 ms, and
 * cancellation when a page leaves or pauses.
 */
@NullMarked
package org.gdplayground.session;

import org.jspecify.annotations.NullMarked;

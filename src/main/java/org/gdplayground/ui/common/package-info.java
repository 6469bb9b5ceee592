/** UI building blocks shared by the playground and the compare page. */
@NullMarked
package org.gdplayground.ui.common;

import org.jspecify.annotations.NullMarked;

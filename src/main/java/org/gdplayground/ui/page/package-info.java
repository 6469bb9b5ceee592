/**
 * The page shell every run page is composed of: the link → form → validation → address bar (Back and Forward) →
 * hide/lock → playback → classroom and lesson reporting → status path ({@link org.gdplayground.ui.page.RunPageView}),
 * and the plain, Vaadin-free rules it follows ({@link org.gdplayground.ui.page.AddressBar},
 * {@link org.gdplayground.ui.page.RunOutcome}, {@link org.gdplayground.ui.page.RunLabels}). The playground is a
 * comparison of one run; both pages go through this one path, so a feature learned by one is learned by both. Depends
 * on ui.common and the lower layers, never on a feature page.
 */
@NullMarked
package org.gdplayground.ui.page;

import org.jspecify.annotations.NullMarked;

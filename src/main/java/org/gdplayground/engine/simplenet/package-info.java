/**
 * simpleNet (seed 002, from Saito's "Deep Learning from Scratch", ch. 4): one 2×3 weight matrix W, z = x·W,
 * y = softmax(z), cross-entropy loss, its gradient dW numerically and analytically, and training W with the app's
 * optimizers. Pure Java, deterministic, allocation-free per training step.
 */
@NullMarked
package org.gdplayground.engine.simplenet;

import org.jspecify.annotations.NullMarked;

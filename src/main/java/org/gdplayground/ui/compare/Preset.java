package org.gdplayground.ui.compare;

/**
 * Ready-made comparisons, each just a link in the parameter language (loaded exactly like a shared link). The
 * learning rates were chosen by running them: every run visibly does something sensible in the steps given.
 */
enum Preset {

    /**
     * SGD → Momentum → NAG → Adagrad → RMSProp → AdaDelta → Adam → NAdam on Rosenbrock's valley, 1,000 steps: SGD
     * crawls, momentum and NAG reach (1, 1), Adagrad slows as its sum of squares grows, RMSProp and AdaDelta keep
     * moving, Adam and NAdam get close.
     */
    FAMILY("family", "fn=rosenbrock&init=-1.5,2&steps=1000"
            + "&opt.1=sgd&lr.1=0.001&opt.2=momentum&lr.2=0.001&opt.3=nesterov&lr.3=0.001"
            + "&opt.4=adagrad&lr.4=1&opt.5=rmsprop&lr.5=0.01&opt.6=adadelta&lr.6=1"
            + "&opt.7=adam&lr.7=0.05&opt.8=nadam&lr.8=0.05"),

    /** x² + 10y² with one lr for all: SGD is slow along x, momentum overshoots but gets there, NAG damps it. */
    MOMENTUM("momentum", "fn=ellipse&init=-4,2&steps=100&lr=0.02&opt.1=sgd&opt.2=momentum&opt.3=nesterov"),

    /** x² − y² from just off the ridge: SGD lingers near the saddle, momentum and Adam leave it early. */
    SADDLE("saddle", "fn=saddle&init=-2,0.001&steps=60&lr=0.05&opt.1=sgd&opt.2=momentum&opt.3=adam"),

    /** Himmelblau's four minima: the same SGD from four starts ends in four different minima. */
    HIMMELBLAU("himmelblau", "fn=himmelblau&steps=100&opt=sgd&lr=0.01"
            + "&init.1=1,1&init.2=-1,1&init.3=-1,-1&init.4=1,-1"),

    /**
     * L-BFGS (strong-Wolfe line search) against Adam and plain L-BFGS on Rosenbrock, 60 steps: the line search and the
     * curvature memory reach (1, 1) in a few dozen steps while Adam is still in the valley.
     */
    LBFGS("lbfgs", "fn=rosenbrock&init=-1.5,2&steps=60&opt.1=adam&lr.1=0.05&opt.2=lbfgs&lr.2=1&strongWolfe.2=1"),

    /**
     * Newton's method on the saddle x² − y²: it jumps straight to the saddle point (H⁻¹g points there), while SGD
     * slides off along y, the way down.
     */
    NEWTON("newton", "fn=saddle&init=-2,0.5&steps=20&opt.1=sgd&lr.1=0.1&opt.2=newton&lr.2=1");

    private final String key;
    private final String query;

    Preset(String key, String query) {
        this.key = key;
        this.query = query;
    }

    /** Message key suffix: {@code cmp.preset.<key>}. */
    String key() {
        return key;
    }

    /** The comparison as a query string. */
    String query() {
        return query;
    }
}

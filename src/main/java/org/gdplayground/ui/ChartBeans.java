package org.gdplayground.ui;

import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.common.Axes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The contour background cache shared by every page, warmed for the built-in surfaces after start-up. */
@Configuration(proxyBeanMethods = false)
class ChartBeans {

    private static final Logger log = LoggerFactory.getLogger(ChartBeans.class);

    @Bean
    ContourCache contourCache() {
        return new ContourCache(64);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm(ApplicationReadyEvent event) {
        ContourCache cache = event.getApplicationContext().getBean(ContourCache.class);
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            for (Objective o : Objectives.builtins()) {
                if (o.dimension() == 2) {
                    Axes a = Axes.of(o);
                    cache.get(o, o.bounds(), Axes.CONTOUR_WIDTH, Axes.CONTOUR_HEIGHT, a.x(), a.y());
                    org.gdplayground.ui.common.ChartSpecs.raster(cache, o);
                }
            }
            log.info("contour cache warmed: {} surfaces in {} ms", cache.size(), (System.nanoTime() - t0) / 1_000_000);
        }, "gdp-contour-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}

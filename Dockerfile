# syntax=docker/dockerfile:1
# Build stage: exactly the README's test command, which also builds the production jar (browser tests skip here:
# the build image has no Chromium; CI runs them).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY frontend/ frontend/
COPY src/ src/
RUN ./mvnw verify && cp target/gradient-descent-playground-*.jar /src/app.jar

# Runtime stage: a JRE, a non-root user, the application extracted from the jar and a JDK AOT cache for it
# (docs/operations.md#fast-start): the classes the start loads, linked and profiled by a training run that refreshes
# the context on a throw-away in-memory database and exits. Same application, same behaviour; a start without the
# cache (another JVM, other GC options) just starts slower.
FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --uid 10001 --home /app app
WORKDIR /app
COPY --from=build /src/app.jar /tmp/app.jar
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/extracted && rm /tmp/app.jar \
 && mv /app/extracted/gradient-descent-playground-*.jar /app/extracted/app.jar \
 && java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -jar /app/extracted/app.jar \
      --spring.datasource.url=jdbc:h2:mem:training --server.port=0 >/dev/null
# The embedded H2 database lives in /app/data: a volume, so classes and uploaded data survive a new container.
RUN mkdir -p /app/data && chown app:app /app/data
VOLUME /app/data
USER app
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75" PORT=8080
EXPOSE 8080
# No curl in the JRE image: ask Actuator's health endpoint over bash's /dev/tcp.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["sh", "-c", "exec java -XX:AOTCache=/app/app.aot $JAVA_OPTS -jar /app/extracted/app.jar"]

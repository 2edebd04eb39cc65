# RiskCycle as a container image: built from source, run as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw --batch-mode --no-transfer-progress package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /app riskcycle
WORKDIR /app
COPY --from=build /src/target/riskcycle-*.jar /tmp/riskcycle.jar
# Class data sharing (docs/performance.md, about 2.5 s less to start): the jar is extracted, and a training start that
# stops once the application context is ready archives the classes a start loads. Its H2 database is thrown away.
RUN java -Djarmode=tools -jar /tmp/riskcycle.jar extract --destination /app \
 && cd /tmp && java -XX:ArchiveClassesAtExit=/app/riskcycle.jsa -Dspring.context.exit=onRefresh -jar /app/riskcycle.jar \
 && rm -rf /tmp/riskcycle.jar /tmp/data
USER riskcycle
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/riskcycle.jsa", "-jar", "/app/riskcycle.jar"]

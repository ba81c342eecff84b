# syntax=docker/dockerfile:1
# Waybill: one image for both process kinds (see README "Running in production").
#   web:    node bin/server.js            (the default command)
#   worker: node ace.js queue:work
#   once per release, before the new processes: node ace.js migration:run --force

# --- Build: every dependency, then the production build into /app/build ------
FROM node:24.21-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 and sharp may compile when no prebuilt binary fits.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --loglevel=error
COPY . .
RUN node ace build

# --- Production dependencies only, compiled against the same base image -----
FROM build AS prod-deps
WORKDIR /app/build
RUN npm install --omit=dev --no-audit --no-fund --loglevel=error

# --- Runtime: the build and its production dependencies, as a non-root user --
FROM node:24.21-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3333
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/build ./
RUN mkdir -p storage tmp && chown node:node storage tmp
USER node
EXPOSE 3333
# Docker's stop sends SIGTERM: the web process stops accepting, finishes the
# requests it accepted and exits; a worker finishes its jobs in flight.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/server.js"]

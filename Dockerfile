# syntax=docker/dockerfile:1

# Build: all dependencies (better-sqlite3 compiles here), then TypeScript to dist/.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Production dependencies only, compiled against the same Node as the final image.
FROM build AS prod-deps
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data ./data
# State lives in /app/var by default (DATABASE_URL=./var/advisor.db); mount a volume there.
RUN mkdir -p /app/var && chown node:node /app/var
USER node
EXPOSE 3000
CMD ["npm", "start"]

# The DealGraph API + web UI. The UI is built from npm packages in a first stage.
FROM node:20-bookworm-slim AS ui
WORKDIR /src/api/ui
COPY api/ui/package.json api/ui/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY api/ui/ ./
RUN npm run build

FROM python:3.12-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY dealgraph ./dealgraph
COPY ingest ./ingest
COPY graph ./graph
COPY api ./api
COPY queries ./queries
COPY samples ./samples
COPY --from=ui /src/api/ui/dist ./api/ui/dist
RUN pip install --no-cache-dir -e .
ENV DEALGRAPH_DATA_DIR=/data
EXPOSE 8000
CMD ["dealgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]

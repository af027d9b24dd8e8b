# The DealGraph API + web UI, installed from its wheel (not from the source tree).
# Stage 1 builds the UI from npm packages; stage 2 builds the wheel with the UI inside it.
FROM node:20-bookworm-slim AS ui
WORKDIR /src/api/ui
COPY api/ui/package.json api/ui/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY api/ui/ ./
RUN npm run build

FROM python:3.12-slim-bookworm AS wheel
WORKDIR /src
COPY pyproject.toml README.md build_backend.py ./
COPY dealgraph ./dealgraph
COPY ingest ./ingest
COPY graph ./graph
COPY api ./api
COPY queries ./queries
COPY samples ./samples
COPY --from=ui /src/api/ui/dist ./api/ui/dist
RUN pip wheel --no-cache-dir --no-deps -w /wheels .

FROM python:3.12-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
COPY --from=wheel /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
ENV DEALGRAPH_DATA_DIR=/data
EXPOSE 8000
CMD ["dealgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]

# A small image holding just candor: a static musl binary on `scratch` (no shell, no libc,
# no CA bundle needed: notify's TLS roots are compiled in, and so is the time-zone database).
#
#   docker build -t candor .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" candor build --out out/public
#
# Mount the site's folder and build into a folder *inside* the mount (`out/public`, not the
# mount point itself): candor swaps the output folder in with one rename, which a mount point
# cannot take (docs/deploy.md, "Docker").

FROM rust:1-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
# The dependencies first, so a change to candor's own code reuses their layer.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && touch src/lib.rs \
    && cargo fetch --locked && rm -rf src
COPY . .
RUN cargo build --locked --release \
    && strip target/release/candor \
    && ./target/release/candor --version

FROM scratch
COPY --from=build /src/target/release/candor /candor
# Not root: candor needs only the folders it is given. 65534 is "nobody"; run with
# `--user "$(id -u):$(id -g)"` so the site it writes belongs to you.
USER 65534:65534
WORKDIR /site
ENTRYPOINT ["/candor"]
CMD ["build"]

# Summarise a `--gpio-trace` file: per output pin, the period between rising
# edges (min..max cycles, so max - min is the jitter) and the toggle rate at
# the given clock frequencies.
#   awk -F, -v mhz=12 -v fmax=40.5 -f scripts/pin_timing.awk trace.csv
NR > 1 && $3 == 1 {
    pin = $2
    if (pin in last) {
        p = $1 - last[pin]
        if (!(pin in min) || p < min[pin]) min[pin] = p
        if (p > max[pin]) max[pin] = p
        n[pin]++
    }
    last[pin] = $1
}
END {
    for (pin in n) {
        printf "%s: %d periods of %d..%d cycles (jitter %d cycles)", pin, n[pin], min[pin], max[pin], max[pin] - min[pin]
        if (mhz > 0) printf "; %.3f MHz at the %g MHz board clock", mhz / max[pin], mhz
        if (fmax > 0) printf "; %.3f MHz at the %g MHz Fmax", fmax / max[pin], fmax
        printf "\n"
    }
}

// The part of autocannon's API the page benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number, p99: number }
  interface Result {
    requests: Histogram
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
  }
  export default function autocannon(options: Options): Promise<Result>
}

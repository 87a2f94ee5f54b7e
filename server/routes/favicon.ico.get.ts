// Browsers ask for /favicon.ico on their own; point them at the SVG icon instead of rendering
// a 404 page for every first visit.
export default defineEventHandler((event) => {
  setResponseHeader(event, 'cache-control', 'public, max-age=86400')
  return sendRedirect(event, '/favicon.svg', 301)
})

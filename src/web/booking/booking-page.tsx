/** Placeholder created by the web-shell helper so the lazy route builds; the booking helper replaces it. */
export function BookingPage() {
  return (
    <div data-page="book">
      <h1>Book a therapist</h1>
      <p>Booking a home visit is coming soon.</p>
    </div>
  );
}

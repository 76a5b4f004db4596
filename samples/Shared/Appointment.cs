namespace Hospital.Appointments;

public sealed record Appointment(string Id, string Department, DateTime Start);

namespace SovereignApp;

public sealed record Appointment(string Id, string Department, DateTime Start);

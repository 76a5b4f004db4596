using Hospital.Appointments;
using SovereignApp;

var appointments = new[]
{
    new Appointment("A-1001", "Cardiologie", new DateTime(2026, 12, 1, 9, 30, 0)),
    new Appointment("A-1002", "Radiologie", new DateTime(2026, 12, 1, 11, 0, 0)),
};

var csv = AppointmentCsv.Write(appointments);
Console.WriteLine($"{appointments.Length} appointments, {csv.Length} bytes of CSV.");
Console.WriteLine($"Would upload to {ExportTargets.ArchiveServiceUrl} (bucket {ExportTargets.ArchiveBucket}) and report errors to {ExportTargets.ErrorReportingUrl}.");

using System.Globalization;
using System.Text;

namespace Hospital.Appointments;

/// <summary>Writes appointments as CSV (the format the regional health agency asks for).</summary>
public static class AppointmentCsv
{
    public static byte[] Write(IEnumerable<Appointment> appointments)
    {
        var builder = new StringBuilder("id;department;start\n");
        foreach (var appointment in appointments)
        {
            builder.Append(appointment.Id).Append(';')
                .Append(appointment.Department).Append(';')
                .Append(appointment.Start.ToString("s", CultureInfo.InvariantCulture)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}

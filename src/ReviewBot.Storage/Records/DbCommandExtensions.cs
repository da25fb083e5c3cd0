using System.Data.Common;

namespace ReviewBot.Storage.Records;

/// <summary>Provider-neutral parameter helpers for ADO.NET commands.</summary>
public static class DbCommandExtensions
{
    /// <summary>Adds <c>@name</c> = <paramref name="value"/> (null becomes SQL NULL).</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Adds <c>@name</c> = <paramref name="value"/> to one command of a batch.</summary>
    public static DbParameter AddParameter(this DbBatchCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

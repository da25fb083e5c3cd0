using System.Text.Json.Serialization;

namespace ReviewBot.Dialogs.Dates;

[JsonConverter(typeof(JsonStringEnumConverter<DateResolutionKind>))]
public enum DateResolutionKind
{
    /// <summary>A calendar deadline in <see cref="DateResolution.Date"/>.</summary>
    Date,

    /// <summary>立行立改: to be done at once; no date.</summary>
    Immediate,

    /// <summary>长期坚持: ongoing; no date.</summary>
    Ongoing,
}

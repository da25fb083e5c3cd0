using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Messaging;

internal sealed class MessagingEndpointOptionsValidator : IValidateOptions<MessagingEndpointOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagingEndpointOptions options)
    {
        if (options.MaxBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            return ValidateOptionsResult.Fail($"{MessagingEndpointOptions.SectionName}:MaxBodyBytes must be between 1024 and 16777216 (got {options.MaxBodyBytes}).");
        }
        return options.SocketEngineThreads is < 0 or > SocketEngineThreads.MaxThreads
            ? ValidateOptionsResult.Fail(SocketEngineThreads.OutOfRange(options.SocketEngineThreads))
            : ValidateOptionsResult.Success;
    }
}

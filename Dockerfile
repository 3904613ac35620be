# Build: the SDK image restores, tests nothing, and publishes the site in Release.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props GluteHealth.sln ./
COPY src/ src/
RUN dotnet publish src/GluteHealth.Web -c Release -o /app

# Run: the smaller ASP.NET runtime image, as a non-root user, with the articles baked in.
# Mount another folder over /content (or pass --Content:Path) to serve different articles.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY content/ /content/
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Content__Path=/content \
    Content__UsePolling=true
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "GluteHealth.Web.dll"]

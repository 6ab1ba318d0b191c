namespace Indicators.Quantities;

/// <summary>Counts enterprises (家): <c>Count&lt;Enterprises&gt;</c>.</summary>
public sealed class Enterprises : ICountUnit
{
    private Enterprises()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Enterprises;
}

/// <summary>Counts job positions (个): <c>Count&lt;Positions&gt;</c>.</summary>
public sealed class Positions : ICountUnit
{
    private Positions()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Positions;
}

/// <summary>Counts events such as job fairs (场): <c>Count&lt;Events&gt;</c>.</summary>
public sealed class Events : ICountUnit
{
    private Events()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Events;
}

/// <summary>Counts sessions of a course (期): <c>Count&lt;Sessions&gt;</c>.</summary>
public sealed class Sessions : ICountUnit
{
    private Sessions()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Sessions;
}

/// <summary>Counts agreements (份): <c>Count&lt;Agreements&gt;</c>.</summary>
public sealed class Agreements : ICountUnit
{
    private Agreements()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Agreements;
}

/// <summary>Counts bus trips (班次): <c>Count&lt;Trips&gt;</c>.</summary>
public sealed class Trips : ICountUnit
{
    private Trips()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Trips;
}

/// <summary>Counts railway carriages (节): <c>Count&lt;Carriages&gt;</c>.</summary>
public sealed class Carriages : ICountUnit
{
    private Carriages()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Carriages;
}

/// <summary>Counts flights (架次): <c>Count&lt;Flights&gt;</c>.</summary>
public sealed class Flights : ICountUnit
{
    private Flights()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Flights;
}

/// <summary>Counts sites, service points (处): <c>Count&lt;Sites&gt;</c>.</summary>
public sealed class Sites : ICountUnit
{
    private Sites()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Sites;
}

/// <summary>Counts platforms and projects (个): <c>Count&lt;Projects&gt;</c>.</summary>
public sealed class Projects : ICountUnit
{
    private Projects()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.Projects;
}

/// <summary>Counts person-times (人次), which are not persons: <c>Count&lt;PersonTimes&gt;</c>.</summary>
public sealed class PersonTimes : ICountUnit
{
    private PersonTimes()
    {
    }

    /// <inheritdoc />
    public static CountUnit Unit => CountUnit.PersonTimes;
}

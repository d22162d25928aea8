using System.Reflection;
using System.Reflection.Emit;

namespace Thuiszitters.Gateway.Tests.Architecture;

/// <summary>
/// The types a type refers to: its base type and interfaces, its fields, properties, method signatures, locals, and the
/// types and members its method bodies use (read from the IL), with their generic arguments. Compiler-generated nested
/// types (lambdas, iterators, async state machines) count as part of the type that declares them.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>The types of <paramref name="assembly"/> in <paramref name="ns"/> or below it.</summary>
    public static IEnumerable<Type> InNamespace(Assembly assembly, string ns) =>
        assembly.GetTypes().Where(t => t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)));

    /// <summary>Each type of <paramref name="types"/> that refers to a type of an assembly named <paramref name="assemblyPrefix"/>..., with what it refers to.</summary>
    public static IReadOnlyList<string> ReferencesTo(IEnumerable<Type> types, string assemblyPrefix) =>
        [.. types.SelectMany(t => Of(t).Where(r => r.Assembly.GetName().Name!.StartsWith(assemblyPrefix, StringComparison.Ordinal))
            .Select(r => $"{t.FullName} -> {r.FullName}")).Distinct().Order(StringComparer.Ordinal)];

    public static HashSet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        if (type.BaseType is { } baseType)
        {
            Add(found, baseType);
        }

        foreach (var i in type.GetInterfaces())
        {
            Add(found, i);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Add(found, field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(found, property.PropertyType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Add(found, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(found, parameter.ParameterType);
            }

            AddBody(found, method);
        }

        foreach (var nested in type.GetNestedTypes(Declared))
        {
            found.UnionWith(Of(nested));
        }

        return found;
    }

    private static void AddBody(HashSet<Type> found, MethodBase method)
    {
        var body = method.GetMethodBody();
        var il = body?.GetILAsByteArray();
        if (body is null || il is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(found, local.LocalType);
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[i++]));
            }

            var operand = Operands[value];
            if (operand is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                AddMember(found, method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
            }

            i += operand switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }
    }

    private static void AddMember(HashSet<Type> found, Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        switch (module.ResolveMember(token, typeArguments, methodArguments))
        {
            case Type t:
                Add(found, t);
                break;
            case FieldInfo f:
                Add(found, f.DeclaringType);
                Add(found, f.FieldType);
                break;
            case MethodBase m:
                Add(found, m.DeclaringType);
                if (m is MethodInfo info)
                {
                    Add(found, info.ReturnType);
                    foreach (var argument in info.IsGenericMethod ? info.GetGenericArguments() : [])
                    {
                        Add(found, argument);
                    }
                }

                foreach (var parameter in m.GetParameters())
                {
                    Add(found, parameter.ParameterType);
                }

                break;
        }
    }

    private static void Add(HashSet<Type> found, Type? type)
    {
        while (type is not null && (type.HasElementType || type.IsGenericParameter))
        {
            type = type.IsGenericParameter ? null : type.GetElementType();
        }

        if (type is null || !found.Add(type) || !type.IsGenericType)
        {
            return;
        }

        foreach (var argument in type.GetGenericArguments())
        {
            Add(found, argument);
        }
    }
}

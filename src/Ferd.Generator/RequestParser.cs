using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ferd.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ferd.Generator
{
    /// <summary>
    /// Turns one <c>[CompressedNetwork]</c> use into a <see cref="NetworkRequest"/>: plain values
    /// read from symbols and syntax, nothing that keeps the compilation alive.
    /// </summary>
    internal static class RequestParser
    {
        public const string AttributeName = "Ferd.CompressedNetworkAttribute";

        public static NetworkRequest? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetNode is not ClassDeclarationSyntax declaration || context.TargetSymbol is not INamedTypeSymbol type) return null;
            var attribute = context.Attributes.FirstOrDefault();
            if (attribute == null) return null;

            string modelPath = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string path ? path : "";
            cancellationToken.ThrowIfCancellationRequested();
            var options = WithNamedArguments(new NetworkOptions(ClassOf(declaration, type), modelPath, 0, FirstNonPartial(declaration)), attribute);
            var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            var whole = attributeSyntax != null ? LocationInfo.From(attributeSyntax.GetLocation()) : LocationInfo.From(declaration.Identifier.GetLocation());
            var arguments = attributeSyntax?.ArgumentList?.Arguments ?? default;
            var modelArgument = arguments.FirstOrDefault(a => a.NameEquals == null && a.NameColon == null) ?? arguments.FirstOrDefault(a => a.NameColon != null);
            var named = arguments
                .Where(a => a.NameEquals != null)
                .Select(a => new NamedArgumentLocation(a.NameEquals!.Name.Identifier.ValueText, LocationInfo.From(a.GetLocation())));
            return new NetworkRequest(
                options,
                whole,
                modelArgument != null ? LocationInfo.From(modelArgument.GetLocation()) : whole,
                LocationInfo.From(declaration.Identifier.GetLocation()),
                new EquatableArray<NamedArgumentLocation>(named));
        }

        /// <summary>The attribute's named properties; a value of the wrong type leaves the default.</summary>
        private static NetworkOptions WithNamedArguments(NetworkOptions options, AttributeData attribute)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Value.Kind == TypedConstantKind.Error)
                {
                    options = options with { UnreadableOption = options.UnreadableOption ?? named.Key };
                    continue;
                }
                object? value = named.Value.Value;
                options = named.Key switch
                {
                    AttributeProperties.Epsilon when value is double epsilon => options with { Epsilon = epsilon },
                    AttributeProperties.MaxParameters when value is int budget => options with { MaxParameters = budget },
                    AttributeProperties.MaxError when value is double budget => options with { MaxError = budget },
                    AttributeProperties.CalibrationData => options with { CalibrationData = value as string },
                    AttributeProperties.ValidationData => options with { ValidationData = value as string },
                    AttributeProperties.FastActivations when value is bool fast => options with { FastActivations = fast },
                    AttributeProperties.Vectorize when value is bool vectorize => options with { Vectorize = vectorize },
                    AttributeProperties.Output => options with { Output = value as string },
                    _ => options,
                };
            }
            return options;
        }

        private static ClassSpec ClassOf(ClassDeclarationSyntax declaration, INamedTypeSymbol type)
        {
            var containing = new List<ContainingType>();
            for (var outer = declaration.Parent as TypeDeclarationSyntax; outer != null; outer = outer.Parent as TypeDeclarationSyntax)
                containing.Insert(0, new ContainingType(Keyword(outer), NameWithTypeParameters(outer)));
            var namespaces = new List<string>();
            for (var ns = type.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
                namespaces.Insert(0, Identifier(ns.Name));
            string accessibility = string.Join(" ", declaration.Modifiers.Where(IsAccessibility).Select(m => m.ValueText));
            return new ClassSpec(namespaces.Count == 0 ? null : string.Join(".", namespaces), NameWithTypeParameters(declaration), type.IsStatic, accessibility, new EquatableArray<ContainingType>(containing));
        }

        /// <summary>The innermost type of the nesting chain that is not partial, or null when all are.</summary>
        private static string? FirstNonPartial(TypeDeclarationSyntax declaration)
        {
            for (TypeDeclarationSyntax? type = declaration; type != null; type = type.Parent as TypeDeclarationSyntax)
            {
                if (!type.Modifiers.Any(SyntaxKind.PartialKeyword)) return NameWithTypeParameters(type);
            }
            return null;
        }

        private static string Keyword(TypeDeclarationSyntax type) => type switch
        {
            RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
            _ => type.Keyword.ValueText,
        };

        private static string NameWithTypeParameters(TypeDeclarationSyntax type) =>
            type.TypeParameterList == null
                ? Identifier(type.Identifier.ValueText)
                : Identifier(type.Identifier.ValueText) + "<" + string.Join(", ", type.TypeParameterList.Parameters.Select(p => Identifier(p.Identifier.ValueText))) + ">";

        /// <summary>A name as generated code must spell it: keywords declared as <c>@class</c> keep their <c>@</c>.</summary>
        private static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        private static bool IsAccessibility(SyntaxToken modifier) =>
            modifier.IsKind(SyntaxKind.PublicKeyword) || modifier.IsKind(SyntaxKind.InternalKeyword) ||
            modifier.IsKind(SyntaxKind.PrivateKeyword) || modifier.IsKind(SyntaxKind.ProtectedKeyword);
    }
}

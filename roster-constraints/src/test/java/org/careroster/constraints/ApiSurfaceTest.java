package org.careroster.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public API of roster-constraints names no Choco Solver type: only {@code spi} (for rule
 * authors) and {@code internal} (the engine) may.
 */
class ApiSurfaceTest {

  private static final String ROOT = "org.careroster.constraints";

  @Test
  void publicSignatures_outsideSpiAndInternal_nameNoChocoType() throws IOException {
    List<String> leaks = new ArrayList<>();
    List<Class<?>> types = apiTypes();
    for (Class<?> type : types) {
      check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
      for (Type t : type.getGenericInterfaces()) {
        check(type.getName() + " implements", t, leaks);
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          String where = type.getName() + "." + m.getName();
          check(where + " returns", m.getGenericReturnType(), leaks);
          for (Type p : m.getGenericParameterTypes()) {
            check(where + " takes", p, leaks);
          }
          for (Type x : m.getGenericExceptionTypes()) {
            check(where + " throws", x, leaks);
          }
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers())) {
          for (Type p : c.getGenericParameterTypes()) {
            check(type.getName() + ".<init> takes", p, leaks);
          }
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(type.getName() + "." + f.getName(), f.getGenericType(), leaks);
        }
      }
    }
    assertTrue(types.size() > 50, "found only " + types.size() + " public types; is the scan broken?");
    assertEquals(List.of(), leaks, "Choco types in the public API (move them to spi or internal)");
  }

  @Test
  void apiPackages_areTheDocumentedRooms() throws IOException {
    Set<String> packages = new TreeSet<>();
    for (Class<?> type : apiTypes()) {
      packages.add(type.getPackageName());
    }
    assertEquals(
        Set.of(ROOT, ROOT + ".replace", ROOT + ".rules", ROOT + ".vacation", ROOT + ".year"),
        packages);
  }

  /** Public types (nested ones included) of every package but {@code spi} and {@code internal}. */
  private static List<Class<?>> apiTypes() throws IOException {
    List<Class<?>> types = new ArrayList<>();
    ClassLoader loader = ApiSurfaceTest.class.getClassLoader();
    for (ClassPath.ClassInfo info : ClassPath.from(loader).getTopLevelClassesRecursive(ROOT)) {
      String pkg = info.getPackageName();
      if (pkg.equals(ROOT + ".spi") || pkg.startsWith(ROOT + ".internal")) {
        continue;
      }
      Class<?> type = info.load();
      if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
        continue;
      }
      collect(type, types);
    }
    return types;
  }

  private static void collect(Class<?> type, List<Class<?>> into) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return;
    }
    into.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      collect(nested, into);
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(String where, Type type, List<String> leaks) {
    check(where, type, leaks, 0);
  }

  private static void check(String where, Type type, List<String> leaks, int depth) {
    if (type == null || depth > 8) {
      return;
    }
    if (type instanceof Class<?> c) {
      Class<?> raw = c;
      while (raw.isArray()) {
        raw = raw.getComponentType();
      }
      if (raw.getName().startsWith("org.chocosolver.")) {
        leaks.add(where + " " + raw.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      check(where, p.getRawType(), leaks, depth + 1);
      for (Type argument : p.getActualTypeArguments()) {
        check(where, argument, leaks, depth + 1);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(where, bound, leaks, depth + 1);
      }
      for (Type bound : w.getLowerBounds()) {
        check(where, bound, leaks, depth + 1);
      }
    } else if (type instanceof GenericArrayType a) {
      check(where, a.getGenericComponentType(), leaks, depth + 1);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        check(where, bound, leaks, depth + 1);
      }
    }
  }
}

#!/usr/bin/env python3
"""Builds src/Rinde/Features/Accounts/common-passwords.txt: passwords of 12 or more characters
that people commonly choose (shorter ones are refused by length anyway). Offline: the bases are
the well-known top passwords and common Spanish/Colombian words, combined with the suffixes and
patterns that leaked lists show again and again. Run: python3 scripts/common-passwords.py"""
import itertools, pathlib

top = """123456789012 1234567890123 12345678901234 123456789123 1234567891011 111111111111 000000000000
123123123123 123412341234 112233445566 121212121212 147258369147 987654321012 098765432109 0987654321qwe
qwertyuiop123 qwertyuiopas qwertyuiopasdf qwertyuiopasdfgh qwertyuiopasdfghjkl 1qaz2wsx3edc 1qaz2wsx3edc4rfv
zaq12wsxcde3 zaq1zaq1zaq1 qazwsxedcrfv qazwsxedcrfvtgb asdfghjkl123 asdfghjklñ12 zxcvbnm12345 1q2w3e4r5t6y
1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i q1w2e3r4t5y6 q1w2e3r4t5y6u7 a1b2c3d4e5f6 abcdefghijkl abcdefghijklmn
abc123abc123 abcd1234abcd passwordpassword password1234 password12345 password123456 passw0rd1234
p@ssw0rd1234 p@ssword1234 iloveyou1234 iloveyou12345 letmein12345 welcome12345 welcome123456
trustno12345 monkey123456 dragon123456 football1234 baseball1234 superman1234 batman123456 sunshine1234
princess1234 starwars1234 whatever1234 master123456 shadow123456 michael12345 charlie12345
jennifer1234 jordan231234 harley123456 hunter123456 ranger123456 buster123456 soccer123456
hockey123456 killer123456 george123456 andrew123456 thomas123456 robert123456 daniel123456
jessica12345 pepper123456 ginger123456 joshua123456 maggie123456 cheese123456 computer1234
internet1234 administrator admin1234567 admin12345678 administrador adminadmin12 rootroot1234
changeme1234 changeme12345 contraseña123 contrasena123 contraseña1234 contrasena1234 micontraseña
micontrasena miclave12345 clave1234567 clave12345678 claveclave12 teamomucho123 teamo1234567
teamo12345678 teamomucho12 tequiero1234 tequieromucho miamor123456 mivida123456 mifamilia123
jesucristo12 diosesamor12 diosmeama123 diosteama123 colombia1234 colombia12345 colombia2020
colombia2021 colombia2022 colombia2023 colombia2024 colombia2025 colombia2026 medellin1234
bogota123456 santiagodecali cali12345678 barranquilla cartagena123 bucaramanga1 manizales123
americadecali atleticonacional nacional1234 millonarios1 millonarios12 santafe12345 deportivocali
juniorbarranquilla onceCaldas12 selecciioncolombia seleccioncolombia jamesrodriguez falcao123456
shakira12345 elamordemivida princesa1234 princesa12345 mariposa1234 estrella1234 corazon12345
chocolate123 tesoro123456 angelito1234 bebe12345678 familia12345 felicidad123 alejandro123
alejandra123 valentina123 sebastian123 santiago1234 camila123456 daniela12345 carolina1234
natalia12345 andres123456 juancarlos12 juanpablo123 mariafernanda mariajose123 luisfernando
josemanuel12 juliana12345 paula1234567 laura1234567 diana1234567 sandra123456 patricia1234
claudia12345 martha123456 gloria123456 carlos123456 jorge1234567 javier123456 ricardo12345
fernando1234 gustavo12345 eduardo12345 francisco123 antonio12345 manuel123456 rafael123456
alcaldia1234 alcaldia2024 alcaldia2025 gobernacion1 gobernacion12 secretaria12 secretaria123
funcionario1 usuario12345 usuario123456 bienvenido12 bienvenido123 hola12345678 holamundo123
holahola1234 abcdefg12345 qwerty123456 qwerty1234567 qwertyqwerty asdasdasdasd asdfasdfasdf
zxczxczxczxc qweqweqweqwe 123qweasdzxc qweasdzxc123 1234qwerasdf qwer1234asdf asdf1234qwer
aaaaaaaaaaaa aaaaaaaaaaaaa 1111aaaa1111 a1a1a1a1a1a1 zzzzzzzzzzzz 101010101010 696969696969
0123456789ab 5201314520131 1314520131452 supersecreto secreto12345 noselaclave1 nolose123456
olvidemiclave 123456789abc 123456789abcd abc123456789 asd123456789 qwe123456789 zxc123456789
pass12345678 pass123456789 password!123 welcome2024! welcome2025! summer2024!! winter2024!!
spring2025!! autumn2025!! iloveyoubaby iloveyoumom iloveyoumore loveyou12345 lovelove1234
babygirl1234 sweetheart12 blink1821234 myspace12345 facebook1234 instagram123 whatsapp1234
google123456 youtube12345 microsoft123 windows12345 linux1234567 ubuntu123456 minecraft123
fortnite1234 pokemon12345 naruto123456 goku12345678 dragonball12 spiderman123 ironman12345
playstation1 playstation2 playstation3 playstation4 playstation5 xbox36012345 nintendo1234
mercedes1234 ferrari12345 yamaha123456 chevrolet123 toyota123456 mazda1234567 renault12345""".split()

words = """password contraseña contrasena clave micontraseña colombia bogota medellin cali
barranquilla cartagena alcaldia gobernacion iloveyou teamo tequiero princesa mariposa
estrella corazon chocolate familia felicidad jesucristo dios amor qwerty asdfgh zxcvbn
dragon monkey football futbol baseball superman batman sunshine master shadow michael
charlie welcome letmein trustno admin administrador usuario secreto bienvenido hola
nacional millonarios america junior santafe valentina sebastian santiago alejandro
alejandra camila daniela carolina natalia andres carlos maria jose juan luis diana
laura paula sandra javier ricardo fernando manuel rafael soccer hockey killer george
andrew thomas robert daniel jessica pepper ginger joshua maggie cheese computer internet
summer winter spring autumn verano invierno primavera otoño lunes viernes domingo enero
febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
perro gato perrito gatito tigre leon aguila lobo caballo mono rosa azul verde rojo negro
blanco amarillo angel angelito bebe nena nene mama papa mami papi hermano hermana abuela
abuelo hijo hija esposo esposa novio novia amigo amiga trabajo oficina empresa entidad
publico municipio concejo personeria contraloria secretaria despacho""".split()

suffixes = ["123456", "1234567", "12345678", "123456789", "1234567890", "2020", "2021", "2022", "2023",
            "2024", "2025", "2026", "12345", "1234", "123", "2024!", "2025!", "2026!", "123!", "1234!",
            "12345!", "123*", "*123", ".123", "_123", "@123", "@2024", "@2025", "#123", "$123", "01", "1",
            "!", "!!", "007", "69", "777", "000", "111", "321", "4321", "54321", "654321", "987654321"]

out = set(w.lower() for w in top)
for word, suffix in itertools.product(words, suffixes):
    for base in (word, word.capitalize()):
        candidate = (base + suffix).lower()
        out.add(candidate)
for word in words:
    out.add((word * 2).lower())
    out.add((word * 3).lower())
for digit in "0123456789":
    for n in range(12, 17):
        out.add(digit * n)
for start in range(0, 10):
    for n in range(12, 17):
        out.add("".join(str((start + i) % 10) for i in range(n)))
        out.add("".join(str((start - i) % 10) for i in range(n)))
for year in range(1950, 2027):
    for word in ("colombia", "password", "contraseña", "contrasena", "teamo", "familia", "iloveyou", "qwerty"):
        out.add(f"{word}{year}")
kept = sorted(p for p in out if len(p) >= 12)
path = pathlib.Path(__file__).resolve().parent.parent / "src/Rinde/Features/Accounts/common-passwords.txt"
path.write_text("\n".join(kept) + "\n", encoding="utf-8")
print(len(kept), "passwords written to", path)
